using FluentAssertions;
using IclClaims.Figures.Model;
using IclClaims.Figures.Rendering;
using ScottPlot;

namespace IclClaims.Claims.Tests.Figures;

/// <summary>
/// Guards against figures drawn without text, which happens silently when SkiaSharp's native
/// assets and ScottPlot disagree, and against a font lookup falling back to system fonts.
/// </summary>
public class TextRenderingTests
{
    [Fact]
    public void Title_is_drawn_and_an_empty_title_leaves_the_title_band_blank()
    {
        using var titled = Pixels.Decode(FigureRenderer.RenderPng(SampleFigures.Simple("A fairly long figure title")));
        using var untitled = Pixels.Decode(FigureRenderer.RenderPng(SampleFigures.Simple("")));

        Pixels.TextInk(titled, 200, 0, 600, 30).Should().BeGreaterThan(200, "the title's glyphs should be drawn");
        Pixels.TextInk(untitled, 200, 0, 600, 30).Should().Be(0, "nothing but the frame line belongs there without a title");
    }

    [Fact]
    public void Tick_labels_and_axis_label_are_drawn_below_the_data_area()
    {
        using var image = Pixels.Decode(FigureRenderer.RenderPng(SampleFigures.Simple()));
        var frame = Pixels.BottomFrameRow(image, 100, 400);

        frame.Should().BeGreaterThan(image.Height - 100, "the bottom axis sits near the bottom of the image");
        Pixels.TextInk(image, 100, frame + 5, 400, frame + 20).Should().BeGreaterThan(50, "tick labels sit just below the axis");
        Pixels.TextInk(image, 150, frame + 20, 450, image.Height).Should().BeGreaterThan(50, "the x axis label sits below the tick labels");
    }

    [Fact]
    public void Empty_axis_label_leaves_its_band_blank()
    {
        var figure = SampleFigures.Simple();
        var unlabelled = figure with { Panels = [figure.Panels[0] with { XLabel = "" }] };
        using var image = Pixels.Decode(FigureRenderer.RenderPng(unlabelled));
        var frame = Pixels.BottomFrameRow(image, 100, 400);

        Pixels.TextInk(image, 100, frame + 5, 400, frame + 20).Should().BeGreaterThan(50);
        Pixels.TextInk(image, 150, frame + 22, 450, image.Height).Should().Be(0);
    }

    [Fact]
    public void Multi_panel_header_shows_the_figure_title()
    {
        var panel = SampleFigures.Simple().Panels[0];
        using var image = Pixels.Decode(FigureRenderer.RenderPng(new FigureData("M", "Shared header", [panel, panel])));
        using var blank = Pixels.Decode(FigureRenderer.RenderPng(new FigureData("M", "", [panel, panel])));

        image.Width.Should().Be(2 * FigureLayout.PanelWidth);
        image.Height.Should().Be(FigureLayout.PanelHeight + FigureLayout.MultiPanelHeader);
        Pixels.TextInk(image, 600, 0, 1000, FigureLayout.MultiPanelHeader).Should().BeGreaterThan(100);
        Pixels.TextInk(blank, 600, 0, 1000, FigureLayout.MultiPanelHeader).Should().Be(0);
    }

    [Fact]
    public void Embedded_font_is_what_ScottPlot_resolves()
    {
        FigureFonts.EnsureRegistered();
        var typeface = Fonts.GetTypeface(FigureFonts.Family, bold: false, italic: false);
        typeface.FamilyName.Should().Be("DejaVu Sans");
        typeface.Should().BeSameAs(FigureFonts.Regular, "the glyphs must come from the embedded file, not the system");
        Fonts.GetTypeface(FigureFonts.Family, bold: true, italic: false).Should().BeSameAs(FigureFonts.Bold);
    }

    [Fact]
    public void Every_text_element_of_a_plot_uses_the_embedded_family()
    {
        using var plot = FigureRenderer.BuildPlot(SampleFigures.Simple().Panels[0], "title");
        plot.Axes.Title.Label.FontName.Should().Be(FigureFonts.Family);
        plot.Axes.Bottom.Label.FontName.Should().Be(FigureFonts.Family);
        plot.Axes.Left.Label.FontName.Should().Be(FigureFonts.Family);
        plot.Axes.Bottom.TickLabelStyle.FontName.Should().Be(FigureFonts.Family);
        plot.Axes.Left.TickLabelStyle.FontName.Should().Be(FigureFonts.Family);
        plot.Legend.FontName.Should().Be(FigureFonts.Family);
    }

    [Fact]
    public void Rendering_is_repeatable_to_the_byte()
    {
        FigureRenderer.RenderPng(SampleFigures.Simple()).Should().Equal(FigureRenderer.RenderPng(SampleFigures.Simple()));
    }
}
