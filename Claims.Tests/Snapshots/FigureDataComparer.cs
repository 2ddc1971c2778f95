using System.Globalization;
using IclClaims.Figures.Model;

namespace IclClaims.Claims.Tests.Snapshots;

/// <summary>
/// Compares figure data the way pytest-regressions' num_regression does: structure exactly, numbers
/// with tolerance. Returns one readable line per problem; an empty list means the data match.
/// </summary>
public static class FigureDataComparer
{
    /// <summary>x grids are chosen, not measured, so they must match to rounding only.</summary>
    public const double GridTolerance = 1e-9;

    public static IReadOnlyList<string> Compare(FigureData expected, FigureData live, FigureTolerance tolerance)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(live);
        ArgumentNullException.ThrowIfNull(tolerance);
        var problems = new List<string>();
        Same(problems, "figure title", expected.Title, live.Title);
        if (expected.Panels.Count != live.Panels.Count)
        {
            problems.Add($"panel count: expected {expected.Panels.Count}, actual {live.Panels.Count}");
            return problems;
        }
        for (var p = 0; p < expected.Panels.Count; p++)
            ComparePanel(problems, $"panel {p + 1}", p, expected.Panels[p], live.Panels[p], tolerance);
        return problems;
    }

    private static void ComparePanel(List<string> problems, string where, int panel, PanelData expected, PanelData live, FigureTolerance tolerance)
    {
        Same(problems, $"{where} title", expected.Title, live.Title);
        Same(problems, $"{where} x label", expected.XLabel, live.XLabel);
        Same(problems, $"{where} y label", expected.YLabel, live.YLabel);
        Same(problems, $"{where} x scale", expected.XScale.ToString(), live.XScale.ToString());
        Same(problems, $"{where} y scale", expected.YScale.ToString(), live.YScale.ToString());
        var expectedNames = expected.Series.Select(s => s.Name).ToList();
        var liveNames = live.Series.Select(s => s.Name).ToList();
        if (!expectedNames.SequenceEqual(liveNames, StringComparer.Ordinal))
        {
            problems.Add($"{where} series: expected [{string.Join(", ", expectedNames)}], actual [{string.Join(", ", liveNames)}]");
            return;
        }
        for (var s = 0; s < expected.Series.Count; s++)
            CompareSeries(problems, $"{where} series '{expected.Series[s].Name}'", expected.Series[s], live.Series[s], tolerance.ForSeries(panel, expected.Series[s].Name));
    }

    private static void CompareSeries(List<string> problems, string where, SeriesData expected, SeriesData live, FigureTolerance tolerance)
    {
        if (expected.X.Length != live.X.Length)
        {
            problems.Add($"{where}: expected {expected.X.Length} points, actual {live.X.Length}");
            return;
        }
        for (var i = 0; i < expected.X.Length; i++)
        {
            if (!Close(expected.X[i], live.X[i], GridTolerance + GridTolerance * Math.Abs(expected.X[i])))
            {
                problems.Add($"{where}: x grid differs at index {i}: expected {F(expected.X[i])}, actual {F(live.X[i])}");
                return;
            }
        }
        for (var i = 0; i < expected.Y.Length; i++)
        {
            var allowed = tolerance.Allowed(expected.Y[i], live.StdErr?[i]);
            if (!Close(expected.Y[i], live.Y[i], allowed))
                problems.Add($"{where}, x = {F(expected.X[i])}: expected {F(expected.Y[i])}, actual {F(live.Y[i])}, allowed ±{F(allowed)}");
        }
    }

    private static bool Close(double expected, double actual, double allowed) =>
        (double.IsNaN(expected) && double.IsNaN(actual))
        || expected.Equals(actual)
        || Math.Abs(expected - actual) <= allowed;

    private static void Same(List<string> problems, string what, string expected, string actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
            problems.Add($"{what}: expected \"{expected}\", actual \"{actual}\"");
    }

    private static string F(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
}
