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
    public void Rendered_log_axis_carries_real_value_labels_at_whole_decades()
    {
        double[] x = [0.1, 1, 10, 100];
        var panel = new PanelData("log", "frequency", "error",
            [new SeriesData("model", x, [0.5, 0.01, 0.002, 0.3])], XScale: AxisScale.Log10, YScale: AxisScale.Log10);
        using var plot = FigureRenderer.BuildPlot(panel, "log");
        plot.RenderInMemory(FigureLayout.PanelWidth, FigureLayout.PanelHeight);

        var xLabels = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();
        var yLabels = plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();
        xLabels.Should().Contain(["0.1", "1", "10", "100"]);
        yLabels.Should().Contain(["0.001", "0.01", "0.1", "1"]);
        plot.Axes.Bottom.TickGenerator.Ticks.Should().Contain(t => !t.IsMajor, "log axes get minor ticks at 2..9 per decade");
    }

    [Fact]
    public void Non_positive_values_are_dropped_on_a_log_axis_instead_of_breaking_the_figure()
    {
        var panel = new PanelData("log", "x", "y", [new SeriesData("s", [1, 2, 3], [0, 0.1, 1])], YScale: AxisScale.Log10);
        var png = FigureRenderer.RenderPng(FigureData.Single("L", panel));
        png.Should().NotBeEmpty();
    }
}
