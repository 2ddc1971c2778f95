namespace IclClaims.Experiments.Configuration;

public enum ProfileName
{
    /// <summary>Seconds: wiring only; no claim is expected to hold.</summary>
    Smoke,
    /// <summary>Trained inside every run on 2 CPU cores.</summary>
    Ci,
    /// <summary>Larger d, trained for hours, served from the committed model store.</summary>
    Extended,
    /// <summary>The paper's scale (d = 20, 500k steps); needs a GPU.</summary>
    Paper,
}
