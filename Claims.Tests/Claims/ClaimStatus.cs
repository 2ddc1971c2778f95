using IclClaims.Experiments.Configuration;

namespace IclClaims.Claims.Tests.Claims;

/// <summary>
/// Claims measured NOT to reproduce at a profile's budget. Their tests stay as they are and run on explicit request;
/// each entry says what was measured. This is a finding, not a pass: the claims report and README list it too.
/// </summary>
public static class ClaimStatus
{
    private static readonly Dictionary<(int Claim, ProfileName Profile), string> NotReproduced = new()
    {
    };

    public static string? NotReproducedAt(int claim, ProfileName profile) =>
        NotReproduced.TryGetValue((claim, profile), out var reason) ? reason : null;
}
