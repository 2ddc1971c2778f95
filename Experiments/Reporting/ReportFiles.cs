
namespace IclClaims.Experiments.Reporting;

public sealed record ReportFiles(string MarkdownPath, string HtmlPath);
