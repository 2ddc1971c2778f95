namespace IclClaims.Figures.Report;

public enum ClaimVerdict
{
    Holds,
    Fails,
    /// <summary>Not measured in this run; the entry's reason says why (profile, missing model, ...).</summary>
    NotRun,
}
