using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Store;

namespace IclClaims.Experiments.Reporting;

/// <summary>The outcome of one claim in one profile, as the report shows it.</summary>
/// <param name="Reason">Why the claim does not reproduce there, or a short note on a failure; null otherwise.</param>
/// <param name="FigurePngPaths">PNG files to show; the Markdown links them, the HTML inlines them.</param>
public sealed record ClaimReportEntry(
    int ClaimNumber,
    string Title,
    string Profile,
    ClaimVerdict Verdict,
    IReadOnlyList<ClaimCheck> Checks,
    string Configuration,
    int Seed,
    IReadOnlyDictionary<string, ModelSource> ModelSources,
    IReadOnlyList<string> FigurePngPaths,
    string? Reason = null,
    IReadOnlyList<ReportedValue>? Reported = null)
{
    public IReadOnlyList<ReportedValue> ReportedOrEmpty => Reported ?? [];
}
