using IclClaims.Figures.Json;
using IclClaims.Figures.Model;
using IclClaims.Figures.Rendering;

namespace IclClaims.Figures.Data;

/// <summary>The files of one figure written for a reader of the run.</summary>
public sealed record FigureFilePaths(string Png, string Svg, string Json, string Csv);

/// <summary>Writes a figure as PNG, SVG, JSON (its data) and CSV into a folder.</summary>
public static class FigureFiles
{
    public static FigureFilePaths Write(FigureData figure, string directory)
    {
        ArgumentNullException.ThrowIfNull(figure);
        Directory.CreateDirectory(directory);
        var stem = Path.Combine(directory, figure.Id);
        var paths = new FigureFilePaths(stem + ".png", stem + ".svg", stem + ".json", stem + ".csv");
        AtomicFile.WriteAllBytes(paths.Png, FigureRenderer.RenderPng(figure));
        AtomicFile.WriteAllText(paths.Svg, FigureRenderer.RenderSvg(figure));
        AtomicFile.WriteAllText(paths.Json, FigureJson.Serialize(figure));
        AtomicFile.WriteAllText(paths.Csv, FigureCsv.Write(figure));
        return paths;
    }
}
