using IclClaims.Figures.Model;
using ScottPlot;

namespace IclClaims.Figures.Rendering;

/// <summary>The look of one panel: colours, line styles, axes and fonts.</summary>
internal static class PanelStyle
{
    // A series without a colour of its own is coloured by its position, so a renamed series keeps its colour.
    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    /// <summary>Margin around the data on a log axis, in decades: the axis ends where the data ends.</summary>
    private const double LogMargin = 0.05;

    public static void Apply(Plot plot, PanelData panel, string title)
    {
        plot.Title(title, 18);
        plot.XLabel(panel.XLabel, 15);
        plot.YLabel(panel.YLabel, 15);
        if (panel.XIsCount && panel.XScale == AxisScale.Linear)
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
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
        // Beside the axes, never over the data.
        if (panel.Series.Count + panel.SpansOrEmpty.Count + panel.ReferenceLinesOrEmpty.Count > 0)
            plot.ShowLegend(Edge.Right);
    }

    public static void AddSeries(Plot plot, SeriesData series, int index, PanelData panel)
    {
        var color = series.Color is { } hex ? Color.FromHex(hex) : Palette.GetColor(index);
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

    /// <summary>A log axis ends where its data ends, but always holds at least one labelled decade.</summary>
    public static void SetLimits(Plot plot, PanelData panel)
    {
        plot.Axes.AutoScale();
        if (panel.XScale == AxisScale.Log10 && LogRange(panel.Series.SelectMany(s => s.X).Concat(panel.SpansOrEmpty.SelectMany(p => new[] { p.From, p.To }))) is { } x)
            plot.Axes.SetLimitsX(x.Low, x.High);
        if (panel.YScale == AxisScale.Log10 && LogRange(YValues(panel)) is { } y)
            plot.Axes.SetLimitsY(y.Low, y.High);
    }

    /// <summary>Every y a panel draws: values and band edges, and its reference lines.</summary>
    private static IEnumerable<double> YValues(PanelData panel) =>
        panel.Series.SelectMany(s => s.Y.Concat(s.Lower ?? []).Concat(s.Upper ?? []))
            .Concat(panel.ReferenceLinesOrEmpty.Select(r => r.Y));

    /// <summary>The positive values' range in log10 units with a margin, widened to reach the nearest decade if it holds none.</summary>
    private static (double Low, double High)? LogRange(IEnumerable<double> values)
    {
        var logs = values.Where(v => v > 0 && double.IsFinite(v)).Select(Math.Log10).ToList();
        if (logs.Count == 0) return null;
        var (low, high) = (logs.Min() - LogMargin, logs.Max() + LogMargin);
        if (Math.Floor(high) < low)
        {
            var decade = Math.Round((low + high) / 2);
            (low, high) = (Math.Min(low, decade - LogMargin), Math.Max(high, decade + LogMargin));
        }
        return (low, high);
    }

    /// <summary>Where a band's lower edge at or below zero is drawn on a log axis: the axis' floor, so the band runs off the bottom.</summary>
    private static double LogFloor(PanelData panel) => LogRange(YValues(panel))?.Low ?? 0;

    public static void ApplyFont(Plot plot)
    {
        plot.Font.Set(FigureFonts.Family);
        plot.Legend.FontName = FigureFonts.Family;
        plot.Legend.FontSize = 13;
    }

    private static void AddBand(Plot plot, SeriesData series, PanelData panel, Color color)
    {
        var floor = panel.YScale == AxisScale.Log10 ? LogFloor(panel) : double.NaN;
        var band = Enumerable.Range(0, series.X.Length)
            .Select(i => (X: LogTicks.ToAxis(series.X[i], panel.XScale),
                          Lo: panel.YScale == AxisScale.Log10 && series.Lower![i] <= 0 ? floor : LogTicks.ToAxis(series.Lower![i], panel.YScale),
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
