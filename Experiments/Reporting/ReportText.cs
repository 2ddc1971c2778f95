using IclClaims.Experiments.Store;

namespace IclClaims.Experiments.Reporting;

/// <summary>Wording shared by the Markdown and HTML reports, so the two never disagree.</summary>
internal static class ReportText
{
    public static string Verdict(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Holds => "Holds",
        ClaimVerdict.Fails => "Fails",
        _ => "Not run",
    };

    public static string Source(ModelSource source) => source switch
    {
        ModelSource.Trained => "trained",
        ModelSource.Cache => "cache",
        _ => "store",
    };

    public static string Pass(bool pass) => pass ? "pass" : "FAIL";

    public static string Tally(IReadOnlyList<ClaimReportEntry> entries) =>
        $"{entries.Count(e => e.Verdict == ClaimVerdict.Holds)} hold, " +
        $"{entries.Count(e => e.Verdict == ClaimVerdict.Fails)} fail, " +
        $"{entries.Count(e => e.Verdict == ClaimVerdict.NotRun)} not run";

    /// <summary>Claims in number order, then by profile, whatever order the tests finished in.</summary>
    public static IReadOnlyList<ClaimReportEntry> Ordered(IEnumerable<ClaimReportEntry> entries) =>
        entries.OrderBy(e => e.ClaimNumber).ThenBy(e => e.Profile, StringComparer.Ordinal).ToList();
}
