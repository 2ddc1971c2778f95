using IclClaims.Experiments.Configuration;
using IclClaims.Figures.Model;

namespace IclClaims.Experiments.Claims;

/// <summary>What one claim measured at one profile: its checks, its figure, and where its models came from.</summary>
public sealed record ClaimResult(int Claim, string Title, ProfileName Profile, int Seed, IReadOnlyList<ClaimCheck> Checks, IReadOnlyList<FigureData> Figures,
    IReadOnlyDictionary<string, string> ModelSources, string Configuration)
{
    public bool Holds => Checks.All(c => c.Holds);
}
