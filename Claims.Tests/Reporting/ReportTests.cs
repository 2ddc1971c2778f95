using FluentAssertions;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Reporting;
using IclClaims.Experiments.Store;
using IclClaims.Figures.Model;
using IclClaims.Figures.Rendering;

using IclClaims.Claims.Tests.Figures;

namespace IclClaims.Claims.Tests.Reporting;

public class ReportTests
{
    [Fact]
    public void Report_lists_every_claim_in_markdown_and_self_contained_html()
    {
        using var dir = new TempDirectory();
        var png = dir.File("F1a.png");
        FigureRenderer.SavePng(SampleFigures.Simple(), png);
        var entries = SampleEntries(png);

        var files = ClaimsReport.Write(entries, dir.Path);

        var md = File.ReadAllText(files.MarkdownPath);
        var html = File.ReadAllText(files.HtmlPath);
        foreach (var e in entries)
        {
            md.Should().Contain($"## Claim {e.ClaimNumber} ({e.Profile}): {e.Title}");
            html.Should().Contain($"Claim {e.ClaimNumber} ({e.Profile}): {System.Net.WebUtility.HtmlEncode(e.Title)}");
        }
        md.Should().Contain("1 hold, 0 not reproduced, 1 fail, 1 not asserted").And.Contain("![F1a](F1a.png)").And.Contain("mixture (cache)");
        md.Should().Contain("| ICL error at n = 2d | 0.0123 ± 0.0010 | 0.0143 | ≤ 0.05 | pass | as least squares |", "each check shows its bound and its reason");
        md.Should().Contain(ClaimCheck.Legend, "the report says what ± means and what decides a verdict");
        html.Should().Contain("<td class=\"num\">0.0143</td>").And.Contain(System.Net.WebUtility.HtmlEncode(ClaimCheck.Legend));
        html.Should().Contain("data:image/png;base64," + Convert.ToBase64String(File.ReadAllBytes(png)));
        html.Should().NotContainAny("src=\"http", "src=\"file", "<link", "<script");
        html.Should().Contain("Smoke checks the wiring only").And.Contain("&lt;d&gt;");
        html.IndexOf("Claim 1 (Ci)", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("Claim 2 (Ci)", StringComparison.Ordinal), "claims are in number order");
    }

    [Fact]
    public void Missing_figure_is_reported_instead_of_crashing()
    {
        var html = ClaimsReport.RenderHtml([SampleEntries("/nonexistent/F9.png")[1]]);
        html.Should().Contain("Figure missing: /nonexistent/F9.png");
    }

    internal static List<ClaimReportEntry> SampleEntries(string png) =>
    [
        new(2, "Mixture model matches the Bayes-optimal predictor on <d> sparse functions", "Ci", ClaimVerdict.Fails,
            [new ClaimCheck("gap to Bayes optimal", 0.2, 0.02, Comparison.AtMost, 0.1, "a small gap")],
            "d = 10\nk = 3", 1, new Dictionary<string, ModelSource> { ["mixture"] = ModelSource.Trained }, []),
        new(1, "Models learn in context as well as least squares", "Ci", ClaimVerdict.Holds,
            [new ClaimCheck("ICL error at n = 2d", 0.0123, 0.001, Comparison.AtMost, 0.05, "as least squares")],
            "d = 10\nsteps = 5000", 1,
            new Dictionary<string, ModelSource> { ["mixture"] = ModelSource.Cache, ["dense"] = ModelSource.Store }, [png]),
        new(6, "Out-of-band frequencies fail", "Smoke", ClaimVerdict.NotAsserted, [], "", 1,
            new Dictionary<string, ModelSource>(), [], "Smoke checks the wiring only."),
    ];
}
