using System.Text;
using IclClaims.Experiments.Configuration;
using IclClaims.Figures.Data;
using IclClaims.Figures.Json;
using IclClaims.Figures.Model;
using IclClaims.Figures.Rendering;

namespace IclClaims.Claims.Tests.Snapshots;

/// <summary>The files of one figure written for a reader of the run.</summary>
public sealed record FigureArtifactPaths(string Png, string Svg, string Json, string Csv);

/// <summary>
/// Writes a figure as PNG, SVG, JSON and CSV under the run's output folder and attaches each file
/// to the current test, so that test reports carry the evidence with the verdict.
/// </summary>
public static class FigureArtifacts
{
    public static FigureArtifactPaths Write(FigureData figure, string claimFolder) =>
        Write(figure, claimFolder, SuiteSettings.FromEnvironment().OutputDirectory);

    public static FigureArtifactPaths Write(FigureData figure, string claimFolder, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentException.ThrowIfNullOrWhiteSpace(claimFolder);
        var directory = Path.Combine(outputDirectory, claimFolder);
        Directory.CreateDirectory(directory);
        var stem = Path.Combine(directory, figure.Id);
        var paths = new FigureArtifactPaths(stem + ".png", stem + ".svg", stem + ".json", stem + ".csv");

        var png = FigureRenderer.RenderPng(figure);
        var svg = FigureRenderer.RenderSvg(figure);
        var json = FigureJson.Serialize(figure);
        var csv = FigureCsv.Write(figure);
        File.WriteAllBytes(paths.Png, png);
        File.WriteAllText(paths.Svg, svg);
        File.WriteAllText(paths.Json, json);
        File.WriteAllText(paths.Csv, csv);

        // Attachment names must be unique within a test; the claim folder keeps two claims' F1a apart.
        var prefix = $"{claimFolder}/{figure.Id}";
        Attach(prefix + ".png", png, "image/png");
        Attach(prefix + ".svg", Encoding.UTF8.GetBytes(svg), "image/svg+xml");
        Attach(prefix + ".json", json);
        Attach(prefix + ".csv", csv);
        return paths;
    }

    private static void Attach(string name, byte[] value, string mediaType)
    {
        if (TestContext.Current.Test is not null) TestContext.Current.AddAttachment(name, value, mediaType);
    }

    private static void Attach(string name, string value)
    {
        if (TestContext.Current.Test is not null) TestContext.Current.AddAttachment(name, value);
    }
}
