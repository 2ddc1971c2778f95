namespace IclClaims.Figures.Report;

public sealed record ReportFiles(string MarkdownPath, string HtmlPath);
