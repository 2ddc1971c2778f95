using IclClaims.Experiments.Configuration;
using IclClaims.Figures.Model;

namespace IclClaims.Experiments.Claims;

/// <summary>What one claim measured at one profile: its checks, its figure, and where its models came from.</summary>
/// <param name="Seed">The models' seed.</param>
/// <param name="PromptSeed">The test prompts' seed (the models' unless another was asked for); null where not recorded.</param>
public sealed record ClaimResult(int Claim, string Title, ProfileName Profile, int Seed, IReadOnlyList<ClaimCheck> Checks, IReadOnlyList<FigureData> Figures,
    IReadOnlyDictionary<string, string> ModelSources, string Configuration, int? PromptSeed = null, IReadOnlyList<ReportedValue>? Reported = null)
{
    public IReadOnlyList<ReportedValue> ReportedOrEmpty => Reported ?? [];

    public bool Holds => Checks.All(c => c.Holds);
}
