
namespace IclClaims.Experiments.Reporting;

public enum ClaimVerdict
{
    Holds,
    Fails,
    /// <summary>Not measured in this run; the entry's reason says why (profile, missing model, ...).</summary>
    NotRun,
}
