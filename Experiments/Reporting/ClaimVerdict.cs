namespace IclClaims.Experiments.Reporting;

/// <summary>How a claim came out at one profile and seed: one word for the console, the reports and the summary table.</summary>
public enum ClaimVerdict
{
    Holds,
    /// <summary>Measured not to reproduce at that profile's budget; the claim's recorded reason is printed beside it.</summary>
    NotReproduced,
    Fails,
    /// <summary>Smoke: the pipeline ran, nothing is asserted.</summary>
    NotAsserted,
}
