using FluentAssertions;
using IclClaims.Figures.Model;
using IclClaims.Figures.Rendering;

namespace IclClaims.Claims.Tests.Figures;

public class LogAxisTests
{
    [Theory]
    [InlineData(0, "1")]
    [InlineData(2, "100")]
    [InlineData(-2, "0.01")]
    [InlineData(-3, "0.001")]
    [InlineData(-5, "1e-5")]
    [InlineData(6, "1e6")]
    public void Decade_labels_show_real_values(double log10, string label) => LogTicks.Label(log10).Should().Be(label);

    [Fact]
    public void Rendered_log_axis_carries_real_value_labels_at_whole_decades_and_ends_where_the_data_ends()
    {
        double[] x = [0.1, 1, 10, 100];
        var panel = new PanelData("log", "frequency", "error",
            [new SeriesData("model", x, [0.5, 0.01, 0.002, 0.3])], XScale: AxisScale.Log10, YScale: AxisScale.Log10);
        using var plot = FigureRenderer.BuildPlot(panel, "log");
        plot.RenderInMemory(FigureLayout.PanelWidth, FigureLayout.PanelHeight);

        var xLabels = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();
        var yLabels = plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();
        xLabels.Should().Contain(["0.1", "1", "10", "100"]);
        yLabels.Should().Contain(["0.01", "0.1"]);
        var limits = plot.Axes.GetLimits();
        limits.Bottom.Should().BeInRange(Math.Log10(0.002) - 0.1, Math.Log10(0.002), "the axis ends near the lowest value, not a decade below it");
        limits.Top.Should().BeInRange(Math.Log10(0.5), Math.Log10(0.5) + 0.1);
        plot.Axes.Bottom.TickGenerator.Ticks.Should().Contain(t => !t.IsMajor, "log axes get minor ticks at 2..9 per decade");
    }

    [Fact]
    public void A_log_axis_over_less_than_a_decade_still_shows_a_labelled_decade()
    {
        var panel = new PanelData("log", "x", "error", [new SeriesData("model", [1, 2, 3], [2, 3, 5])], YScale: AxisScale.Log10);
        using var plot = FigureRenderer.BuildPlot(panel, "log");
        plot.RenderInMemory(FigureLayout.PanelWidth, FigureLayout.PanelHeight);

        plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).Should().Contain("1");
    }

    [Fact]
    public void A_band_whose_lower_edge_is_zero_runs_to_the_bottom_of_a_log_axis_instead_of_vanishing()
    {
        var panel = new PanelData("log", "a", "error",
            [new SeriesData("fit", [0, 0.5, 1], [0.01, 0.001, 0.002], Lower: [0, 0, 0.001], Upper: [0.02, 0.002, 0.003])], YScale: AxisScale.Log10);
        using var plot = FigureRenderer.BuildPlot(panel, "log");

        var band = plot.GetPlottables().OfType<ScottPlot.Plottables.FillY>().Should().ContainSingle().Subject;
        band.GetAxisLimits().Bottom.Should().BeApproximately(plot.Axes.GetLimits().Bottom, 1e-9, "a lower edge of 0 is drawn at the axis' floor");
        (band.GetAxisLimits().Right - band.GetAxisLimits().Left).Should().BeApproximately(1, 1e-9, "no point of the band is dropped");
    }

    [Fact]
    public void Count_axes_are_ticked_at_whole_numbers_only()
    {
        var panel = new PanelData("counts", "in-context examples", "error",
            [new SeriesData("model", [0, 1, 2, 3], [1, 0.5, 0.2, 0.1])], XIsCount: true);
        using var plot = FigureRenderer.BuildPlot(panel, "counts");
        plot.RenderInMemory(FigureLayout.PanelWidth, FigureLayout.PanelHeight);

        plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Should().OnlyContain(t => t.Position == Math.Round(t.Position));
    }

    [Fact]
    public void Non_positive_values_are_dropped_on_a_log_axis_instead_of_breaking_the_figure()
    {
        var panel = new PanelData("log", "x", "y", [new SeriesData("s", [1, 2, 3], [0, 0.1, 1])], YScale: AxisScale.Log10);
        var png = FigureRenderer.RenderPng(FigureData.Single("L", panel));
        png.Should().NotBeEmpty();
    }
}
