using IclClaims.Experiments.Store;

namespace IclClaims.Experiments.Reporting;

/// <summary>Wording shared by the Markdown and HTML reports, so the two never disagree.</summary>
internal static class ReportText
{
    public static string Verdict(ClaimVerdict verdict)
    {
        var word = ClaimVerdicts.Word(verdict);
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    public static string Source(ModelSource source) => source switch
    {
        ModelSource.Trained => "trained",
        ModelSource.Cache => "cache",
        _ => "store",
    };

    public static string Pass(bool pass) => pass ? "pass" : "FAIL";

    /// <summary>A table of a claim's section: its column headings (numeric ones right-aligned) and its rows of cell texts.</summary>
    public sealed record Table(string? Caption, IReadOnlyList<(string Heading, bool Numeric)> Columns, IReadOnlyList<string[]> Rows);

    /// <summary>The checks and the reported values of an entry, in the words both reports use.</summary>
    public static IEnumerable<Table> Tables(ClaimReportEntry e)
    {
        if (e.Checks.Count > 0)
            yield return new Table(null, [("Check", false), ("Mean ± SE", true), ("Bound", true), ("Test", false), ("Result", false), ("Reason", false)],
                e.Checks.Select(c => new[] { c.Name, c.MeasuredText, c.BoundText, c.TestText, Pass(c.Holds), c.Reason }).ToList());
        if (e.ReportedOrEmpty.Count > 0)
            yield return new Table("Reported beside the checks (held to no bar):", [("Quantity", false), ("Mean ± SE", true)],
                e.ReportedOrEmpty.Select(r => new[] { r.Name, r.Value.ToString() }).ToList());
    }

    public static string Tally(IReadOnlyList<ClaimReportEntry> entries) =>
        $"{entries.Count(e => e.Verdict == ClaimVerdict.Holds)} hold, " +
        $"{entries.Count(e => e.Verdict == ClaimVerdict.NotReproduced)} not reproduced, " +
        $"{entries.Count(e => e.Verdict == ClaimVerdict.Fails)} fail, " +
        $"{entries.Count(e => e.Verdict is ClaimVerdict.NotAsserted)} not asserted";

    /// <summary>Claims in number order, then by profile, whatever order the tests finished in.</summary>
    public static IReadOnlyList<ClaimReportEntry> Ordered(IEnumerable<ClaimReportEntry> entries) =>
        entries.OrderBy(e => e.ClaimNumber).ThenBy(e => e.Profile, StringComparer.Ordinal).ToList();
}
