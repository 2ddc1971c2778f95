using System.Text;
using IclClaims.Experiments.Configuration;
using IclClaims.Figures.Data;
using IclClaims.Figures.Json;
using IclClaims.Figures.Model;
using IclClaims.Figures.Rendering;

namespace IclClaims.Claims.Tests.Snapshots;

/// <summary>
/// Writes a figure as PNG, SVG, JSON and CSV under the run's output folder and attaches each file
/// to the current test, so that test reports carry the evidence with the verdict.
/// </summary>
public static class FigureArtifacts
{
    public static FigureFilePaths Write(FigureData figure, string claimFolder, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentException.ThrowIfNullOrWhiteSpace(claimFolder);
        var paths = FigureFiles.Write(figure, Path.Combine(outputDirectory, claimFolder));

        // Attachment names must be unique within a test; the claim folder keeps two claims' F1a apart.
        var prefix = $"{claimFolder}/{figure.Id}";
        Attach(prefix + ".png", File.ReadAllBytes(paths.Png), "image/png");
        Attach(prefix + ".svg", File.ReadAllBytes(paths.Svg), "image/svg+xml");
        Attach(prefix + ".json", File.ReadAllText(paths.Json));
        Attach(prefix + ".csv", File.ReadAllText(paths.Csv));
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
