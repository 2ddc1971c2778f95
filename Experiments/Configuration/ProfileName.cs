namespace IclClaims.Experiments.Configuration;

public enum ProfileName
{
    /// <summary>Seconds: wiring only; no claim is expected to hold.</summary>
    Smoke,
    /// <summary>d = 4, small enough to train in a run on 2 CPU cores; served from the committed model store.</summary>
    Ci,
    /// <summary>Larger d, trained for hours, served from the committed model store.</summary>
    Extended,
    /// <summary>The paper's scale (d = 20, 500k steps); needs a GPU.</summary>
    Paper,
    /// <summary>Extended's recipe at four times its budget: trained across working days, served from the committed model store.</summary>
    ExtendedLong,
}
