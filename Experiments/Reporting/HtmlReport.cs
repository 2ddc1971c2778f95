using IclClaims.Experiments.Claims;
using System.Net;
using System.Text;


namespace IclClaims.Experiments.Reporting;

/// <summary>A single HTML file with its figures inlined, so it can be mailed or attached on its own.</summary>
internal static class HtmlReport
{
    private const string Css = """
        body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 2em auto; max-width: 1100px; color: #222; }
        h1 { margin-bottom: 0.2em; }
        table { border-collapse: collapse; margin: 0.8em 0; }
        th, td { border: 1px solid #ccc; padding: 0.3em 0.7em; text-align: left; }
        th { background: #f3f3f3; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .verdict { font-weight: bold; padding: 0.1em 0.5em; border-radius: 4px; }
        .holds { background: #d8f0d8; color: #145214; }
        .fails { background: #f8d6d6; color: #7a1010; }
        .notreproduced { background: #f6e7c8; color: #6a4a00; }
        .notrun { background: #e6e6e6; color: #444; }
        section { border-top: 2px solid #ddd; margin-top: 2em; padding-top: 0.5em; }
        pre { background: #f7f7f7; padding: 0.7em; overflow-x: auto; }
        img { max-width: 100%; border: 1px solid #ddd; margin: 0.5em 0; }
        .missing { color: #7a1010; }
        """;

    public static string Render(IReadOnlyList<ClaimReportEntry> entries, string title)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
         .Append($"<title>{E(title)}</title>\n<style>\n{Css}</style>\n</head>\n<body>\n")
         .Append($"<h1>{E(title)}</h1>\n<p>{E(ReportText.Tally(entries))}.</p>\n<p>{E(ClaimCheck.Legend)}</p>\n");

        h.Append("<table class=\"summary\">\n<tr><th>Claim</th><th>Title</th><th>Profile</th><th>Verdict</th><th>Seed</th></tr>\n");
        foreach (var e in entries)
        {
            h.Append($"<tr><td class=\"num\"><a href=\"#{Anchor(e)}\">{e.ClaimNumber}</a></td><td>{E(e.Title)}</td>")
             .Append($"<td>{E(e.Profile)}</td><td>{Badge(e.Verdict)}</td><td class=\"num\">{e.Seed}</td></tr>\n");
        }
        h.Append("</table>\n");

        foreach (var e in entries) Section(h, e);
        return h.Append("</body>\n</html>\n").ToString();
    }

    private static void Section(StringBuilder h, ClaimReportEntry e)
    {
        h.Append($"<section id=\"{Anchor(e)}\">\n<h2>Claim {e.ClaimNumber} ({E(e.Profile)}): {E(e.Title)}</h2>\n<p>{Badge(e.Verdict)}");
        if (!string.IsNullOrWhiteSpace(e.Reason)) h.Append(' ').Append(E(e.Reason));
        h.Append("</p>\n");
        foreach (var table in ReportText.Tables(e))
        {
            if (table.Caption is { } caption) h.Append($"<p>{E(caption)}</p>\n");
            h.Append("<table>\n<tr>").AppendJoin("", table.Columns.Select(c => $"<th>{E(c.Heading)}</th>")).Append("</tr>\n");
            foreach (var row in table.Rows)
                h.Append("<tr>").AppendJoin("", row.Select((cell, i) => Cell(cell, table.Columns[i].Numeric))).Append("</tr>\n");
            h.Append("</table>\n");
        }
        if (e.ModelSources.Count > 0)
        {
            h.Append("<table>\n<tr><th>Model</th><th>Source</th></tr>\n");
            foreach (var (name, source) in e.ModelSources.OrderBy(p => p.Key, StringComparer.Ordinal))
                h.Append($"<tr><td>{E(name)}</td><td>{ReportText.Source(source)}</td></tr>\n");
            h.Append("</table>\n");
        }
        // Folded: the configuration runs to a page per claim and would bury the measurements.
        h.Append($"<details><summary>Seed {e.Seed}. Configuration</summary>\n<pre>{E(e.Configuration.TrimEnd())}</pre>\n</details>\n");
        foreach (var png in e.FigurePngPaths)
        {
            var name = Path.GetFileNameWithoutExtension(png);
            h.Append(File.Exists(png)
                ? $"<figure><img alt=\"{E(name)}\" src=\"data:image/png;base64,{Convert.ToBase64String(File.ReadAllBytes(png))}\"><figcaption>{E(name)}</figcaption></figure>\n"
                : $"<p class=\"missing\">Figure missing: {E(png)}</p>\n");
        }
        h.Append("</section>\n");
    }

    /// <summary>A cell; a check's result wears its verdict's colour.</summary>
    private static string Cell(string text, bool numeric) => text switch
    {
        _ when numeric => $"<td class=\"num\">{E(text)}</td>",
        "pass" => "<td><span class=\"verdict holds\">pass</span></td>",
        "FAIL" => "<td><span class=\"verdict fails\">FAIL</span></td>",
        _ => $"<td>{E(text)}</td>",
    };

    private static string Badge(ClaimVerdict v)
    {
        var css = v switch { ClaimVerdict.Holds => "holds", ClaimVerdict.NotReproduced => "notreproduced", ClaimVerdict.Fails => "fails", _ => "notrun" };
        return $"<span class=\"verdict {css}\">{ReportText.Verdict(v)}</span>";
    }

    private static string Anchor(ClaimReportEntry e) => $"claim-{e.ClaimNumber}-{E(e.Profile.ToLowerInvariant())}";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
