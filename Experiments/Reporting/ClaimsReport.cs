using IclClaims.Figures.Data;

namespace IclClaims.Experiments.Reporting;

/// <summary>Writes the run's claim verdicts as report.md (figures linked) and report.html (figures inlined).</summary>
public static class ClaimsReport
{
    public const string DefaultTitle = "IclClaims: reproduction report";

    public static string RenderMarkdown(IEnumerable<ClaimReportEntry> entries, string reportDirectory, string title = DefaultTitle)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return MarkdownReport.Render(ReportText.Ordered(entries), title, Path.GetFullPath(reportDirectory));
    }

    public static string RenderHtml(IEnumerable<ClaimReportEntry> entries, string title = DefaultTitle)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return HtmlReport.Render(ReportText.Ordered(entries), title);
    }

    public static ReportFiles Write(IEnumerable<ClaimReportEntry> entries, string directory, string title = DefaultTitle)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        Directory.CreateDirectory(directory);
        var files = new ReportFiles(Path.Combine(directory, "report.md"), Path.Combine(directory, "report.html"));
        AtomicFile.WriteAllText(files.MarkdownPath, RenderMarkdown(list, directory, title));
        AtomicFile.WriteAllText(files.HtmlPath, RenderHtml(list, title));
        return files;
    }
}
