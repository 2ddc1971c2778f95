namespace IclClaims.Experiments.Claims;

/// <summary>All six claims measured at one profile and seed.</summary>
public sealed record ProfileOutcome(IReadOnlyList<ClaimResult> Claims)
{
    public ClaimResult Claim(int number) => Claims.Single(c => c.Claim == number);
}
