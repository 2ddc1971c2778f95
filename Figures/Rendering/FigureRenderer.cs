using System.Globalization;
using System.Text;
using IclClaims.Figures.Model;
using ScottPlot;
using SkiaSharp;

namespace IclClaims.Figures.Rendering;

/// <summary>Draws <see cref="FigureData"/> with ScottPlot 5 into PNG or SVG.</summary>
public static class FigureRenderer
{
    // ScottPlot and SkiaSharp keep process-wide font state; drawing one figure at a time keeps
    // parallel tests from racing on it. Rendering is fast enough that this costs little.
    private static readonly Lock RenderGate = new();

    public static byte[] RenderPng(FigureData figure)
    {
        lock (RenderGate) return RenderPngLocked(figure);
    }

    public static string RenderSvg(FigureData figure)
    {
        lock (RenderGate) return RenderSvgLocked(figure);
    }

    private static byte[] RenderPngLocked(FigureData figure)
    {
        var layout = Prepare(figure);
        using var surface = SKSurface.Create(new SKImageInfo(layout.Width, layout.Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        if (layout.HeaderHeight > 0) DrawHeader(canvas, figure.Title, layout);
        for (var i = 0; i < figure.Panels.Count; i++)
        {
            using var plot = BuildPlot(figure.Panels[i], PanelTitle(figure, i));
            // Each panel gets its own surface: Plot.Render into a sub-rectangle of a shared canvas
            // repaints the whole canvas background and wipes the panels drawn before it.
            using var panel = plot.GetImage(FigureLayout.PanelWidth, FigureLayout.PanelHeight);
            using var bitmap = SKBitmap.Decode(panel.GetImageBytes(ImageFormat.Png));
            var (left, top) = layout.PanelOrigin(i);
            canvas.DrawBitmap(bitmap, left, top);
        }
        canvas.Flush();
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static string RenderSvgLocked(FigureData figure)
    {
        var layout = Prepare(figure);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{layout.Width}\" height=\"{layout.Height}\" viewBox=\"0 0 {layout.Width} {layout.Height}\">\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        if (layout.HeaderHeight > 0)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{layout.Width / 2}\" y=\"{layout.HeaderHeight * 0.7:0.#}\" text-anchor=\"middle\" font-family=\"DejaVu Sans\" font-weight=\"bold\" font-size=\"20\">{System.Security.SecurityElement.Escape(figure.Title)}</text>\n");
        }
        for (var i = 0; i < figure.Panels.Count; i++)
        {
            using var plot = BuildPlot(figure.Panels[i], PanelTitle(figure, i));
            // Skia's SVG canvas cannot draw dash patterns: it draws them solid and prints a warning per line, so
            // SVG output uses solid lines deliberately (the PNG keeps the dashes).
            foreach (var hasLine in plot.GetPlottables().OfType<IHasLine>()) hasLine.LinePattern = LinePattern.Solid;
            var panel = StripXmlDeclaration(plot.GetSvgXml(FigureLayout.PanelWidth, FigureLayout.PanelHeight));
            var (left, top) = layout.PanelOrigin(i);
            svg.Append(CultureInfo.InvariantCulture, $"<g transform=\"translate({left},{top})\">\n").Append(panel).Append("\n</g>\n");
        }
        return svg.Append("</svg>\n").ToString();
    }

    public static void SavePng(FigureData figure, string path) => Data.AtomicFile.WriteAllBytes(path, RenderPng(figure));

    /// <summary>
    /// The ScottPlot plot for one panel, public so that tests and callers can inspect or extend it.
    /// The caller disposes it.
    /// </summary>
    public static Plot BuildPlot(PanelData panel, string title)
    {
        ArgumentNullException.ThrowIfNull(panel);
        FigureFonts.EnsureRegistered();
        var plot = new Plot();
        PanelStyle.Apply(plot, panel, title);
        foreach (var span in panel.SpansOrEmpty) PanelStyle.AddSpan(plot, span, panel.XScale);
        for (var i = 0; i < panel.Series.Count; i++) PanelStyle.AddSeries(plot, panel.Series[i], i, panel);
        foreach (var line in panel.ReferenceLinesOrEmpty) PanelStyle.AddReferenceLine(plot, line, panel.YScale);
        PanelStyle.SetLimits(plot, panel);
        // Fonts last: it restyles every label that the steps above created.
        PanelStyle.ApplyFont(plot);
        return plot;
    }

    private static FigureLayout Prepare(FigureData figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        figure.Validate();
        FigureFonts.EnsureRegistered();
        return FigureLayout.For(figure);
    }

    private static string PanelTitle(FigureData figure, int index)
    {
        var own = figure.Panels[index].Title;
        return figure.Panels.Count == 1 && string.IsNullOrEmpty(own) ? figure.Title : own;
    }

    private static void DrawHeader(SKCanvas canvas, string title, FigureLayout layout)
    {
        using var font = new SKFont(FigureFonts.Bold, 20);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText(title, layout.Width / 2f, layout.HeaderHeight * 0.7f, SKTextAlign.Center, font, paint);
    }

    private static string StripXmlDeclaration(string svg)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }
}
