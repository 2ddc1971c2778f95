using IclClaims.Experiments.Claims;
using System.Text;


namespace IclClaims.Experiments.Reporting;

internal static class MarkdownReport
{
    public static string Render(IReadOnlyList<ClaimReportEntry> entries, string title, string reportDirectory)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(title).Append("\n\n").Append(ReportText.Tally(entries)).Append(".\n\n").Append(ClaimCheck.Legend).Append("\n\n");
        md.Append("| Claim | Title | Profile | Verdict | Seed |\n|---:|---|---|---|---:|\n");
        foreach (var e in entries)
            md.Append($"| {e.ClaimNumber} | {Cell(e.Title)} | {Cell(e.Profile)} | {ReportText.Verdict(e.Verdict)} | {e.Seed} |\n");

        foreach (var e in entries)
        {
            md.Append($"\n## Claim {e.ClaimNumber} ({e.Profile}): {e.Title}\n\n");
            md.Append($"**{ReportText.Verdict(e.Verdict)}**");
            if (!string.IsNullOrWhiteSpace(e.Reason)) md.Append(" — ").Append(e.Reason);
            md.Append("\n\n");
            foreach (var table in ReportText.Tables(e))
            {
                if (table.Caption is { } caption) md.Append(caption).Append("\n\n");
                md.Append("| ").AppendJoin(" | ", table.Columns.Select(c => c.Heading)).Append(" |\n|")
                  .AppendJoin("|", table.Columns.Select(c => c.Numeric ? "---:" : "---")).Append("|\n");
                foreach (var row in table.Rows) md.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
                md.Append('\n');
            }
            if (e.ModelSources.Count > 0)
            {
                md.Append("Models: ")
                  .Append(string.Join(", ", e.ModelSources.OrderBy(p => p.Key, StringComparer.Ordinal)
                      .Select(p => $"{p.Key} ({ReportText.Source(p.Value)})")))
                  .Append("\n\n");
            }
            md.Append($"Seed {e.Seed}. Configuration:\n\n```\n{e.Configuration.TrimEnd()}\n```\n");
            foreach (var png in e.FigurePngPaths)
            {
                // Relative links keep the report readable when the output folder is moved or zipped.
                var link = Path.GetRelativePath(reportDirectory, Path.GetFullPath(png)).Replace('\\', '/');
                md.Append($"\n![{Path.GetFileNameWithoutExtension(png)}]({link})\n");
            }
        }
        return md.ToString();
    }

    /// <summary>Text made safe for one Markdown table cell.</summary>
    internal static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
