using IclClaims.Figures.Model;
using ScottPlot;

namespace IclClaims.Figures.Rendering;

/// <summary>The look of one panel: colours, line styles, axes and fonts.</summary>
internal static class PanelStyle
{
    // Colour is tied to the series' position, not its name, so a renamed series keeps its colour.
    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    public static void Apply(Plot plot, PanelData panel, string title)
    {
        plot.Title(title, 18);
        plot.XLabel(panel.XLabel, 15);
        plot.YLabel(panel.YLabel, 15);
        if (panel.XScale == AxisScale.Log10)
        {
            plot.Axes.Bottom.TickGenerator = LogTicks.Create();
            plot.Grid.XAxisStyle.MinorLineStyle.Width = 1;
        }
        if (panel.YScale == AxisScale.Log10)
        {
            plot.Axes.Left.TickGenerator = LogTicks.Create();
            plot.Grid.YAxisStyle.MinorLineStyle.Width = 1;
        }
        plot.Grid.XAxisStyle.MinorLineStyle.Color = Colors.Black.WithAlpha(0.05);
        plot.Grid.YAxisStyle.MinorLineStyle.Color = Colors.Black.WithAlpha(0.05);
        if (panel.Series.Count + panel.SpansOrEmpty.Count + panel.ReferenceLinesOrEmpty.Count > 0)
            plot.ShowLegend(Alignment.UpperRight);
    }

    public static void AddSeries(Plot plot, SeriesData series, int index, PanelData panel)
    {
        var color = Palette.GetColor(index);
        var points = Enumerable.Range(0, series.X.Length)
            .Select(i => (X: LogTicks.ToAxis(series.X[i], panel.XScale), Y: LogTicks.ToAxis(series.Y[i], panel.YScale), I: i))
            .Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y))
            .ToArray();

        if (series.HasBand) AddBand(plot, series, panel, color);

        var scatter = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray(), color);
        scatter.LegendText = series.Name;
        scatter.LineWidth = series.Style == SeriesStyle.Markers ? 0 : 2;
        scatter.MarkerSize = series.Style switch
        {
            SeriesStyle.Line => 0,
            SeriesStyle.Markers => 8,
            _ => 6,
        };
        if (series.Dashed) scatter.LinePattern = LinePattern.Dashed;
    }

    public static void AddSpan(Plot plot, ShadedSpan span, AxisScale xScale)
    {
        var from = LogTicks.ToAxis(span.From, xScale);
        var to = LogTicks.ToAxis(span.To, xScale);
        if (!double.IsFinite(from) || !double.IsFinite(to)) return;
        // ScottPlot names spans by the direction they extend in: a HorizontalSpan covers an x range.
        var shade = plot.Add.HorizontalSpan(from, to, Colors.Gray.WithAlpha(0.18));
        shade.LineWidth = 0;
        shade.LegendText = span.Label;
    }

    public static void AddReferenceLine(Plot plot, ReferenceLine line, AxisScale yScale)
    {
        var y = LogTicks.ToAxis(line.Y, yScale);
        if (!double.IsFinite(y)) return;
        var h = plot.Add.HorizontalLine(y, 1.5f, Colors.Black.WithAlpha(0.6), LinePattern.Dotted);
        h.LegendText = line.Label;
    }

    /// <summary>Log axes span whole decades so that at least two labelled ticks are always visible.</summary>
    public static void SetLimits(Plot plot, PanelData panel)
    {
        plot.Axes.AutoScale();
        var limits = plot.Axes.GetLimits();
        if (panel.XScale == AxisScale.Log10 && double.IsFinite(limits.Left) && double.IsFinite(limits.Right))
        {
            var (low, high) = WholeDecades(limits.Left, limits.Right);
            plot.Axes.SetLimitsX(low, high);
        }
        if (panel.YScale == AxisScale.Log10 && double.IsFinite(limits.Bottom) && double.IsFinite(limits.Top))
        {
            var (low, high) = WholeDecades(limits.Bottom, limits.Top);
            plot.Axes.SetLimitsY(low, high);
        }
    }

    // A small margin keeps the end decades' tick labels, which ScottPlot drops when they sit on the edge.
    private static (double Low, double High) WholeDecades(double low, double high)
    {
        var from = Math.Floor(low);
        var to = Math.Max(Math.Ceiling(high), from + 1);
        var margin = 0.02 * (to - from);
        return (from - margin, to + margin);
    }

    public static void ApplyFont(Plot plot)
    {
        plot.Font.Set(FigureFonts.Family);
        plot.Legend.FontName = FigureFonts.Family;
        plot.Legend.FontSize = 13;
    }

    private static void AddBand(Plot plot, SeriesData series, PanelData panel, Color color)
    {
        var band = Enumerable.Range(0, series.X.Length)
            .Select(i => (X: LogTicks.ToAxis(series.X[i], panel.XScale),
                          Lo: LogTicks.ToAxis(series.Lower![i], panel.YScale),
                          Hi: LogTicks.ToAxis(series.Upper![i], panel.YScale)))
            .Where(p => double.IsFinite(p.X) && double.IsFinite(p.Lo) && double.IsFinite(p.Hi))
            .ToArray();
        if (band.Length < 2) return;
        var fill = plot.Add.FillY(band.Select(p => p.X).ToArray(), band.Select(p => p.Hi).ToArray(), band.Select(p => p.Lo).ToArray());
        fill.FillColor = color.WithAlpha(0.2);
        fill.LineWidth = 0;
        fill.MarkerSize = 0;
    }
}
