using System.Globalization;
using System.Text;
using System.Text.Json;
using IclClaims.Figures.Data;
using IclClaims.Figures.Json;
using IclClaims.Figures.Model;
using IclClaims.Figures.Rendering;

namespace IclClaims.Claims.Tests.Snapshots;

/// <summary>
/// Checks a live figure against its committed snapshot, <c>&lt;Id&gt;.verified.json</c> and
/// <c>&lt;Id&gt;.verified.png</c>. The JSON catches a change in the science (with tolerance); the PNG,
/// compared with a fresh rendering of the verified data, catches a change in the figure recipe even
/// when the numbers stand still.
/// </summary>
public static class FigureSnapshot
{
    public const string AcceptHint =
        "To accept the live figure as the new reference, run the test again with " +
        "'dotnet test Claims.Tests -c Release -p:AcceptSnapshots=true' (or ICLCLAIMS_ACCEPT=true), " +
        "or promote the received files with 'dotnet msbuild Claims.Tests -t:AcceptSnapshots'; then review and commit the *.verified.* files.";

    /// <summary>Maximum number of broken points listed in a failure message.</summary>
    private const int MaxListed = 25;

    public static SnapshotResult Verify(FigureData live, FigureTolerance tolerance, string snapshotDirectory) =>
        Verify(live, tolerance, snapshotDirectory, SnapshotOptions.FromEnvironment());

    public static SnapshotResult Verify(FigureData live, FigureTolerance tolerance, string snapshotDirectory, SnapshotOptions options)
    {
        ArgumentNullException.ThrowIfNull(live);
        ArgumentNullException.ThrowIfNull(tolerance);
        ArgumentException.ThrowIfNullOrWhiteSpace(snapshotDirectory);
        ArgumentNullException.ThrowIfNull(options);
        live.Validate();
        var files = new SnapshotFiles(snapshotDirectory, live.Id);

        if (options.Accept)
        {
            Accept(live, files);
            return SnapshotResult.Accepted;
        }

        if (!File.Exists(files.VerifiedJson))
        {
            if (options.IsCi)
                throw new SnapshotMismatchException($"Figure {live.Id}: no verified snapshot at {files.VerifiedJson}. {AcceptHint}");
            var written = WriteReceived(live, files, verifiedPng: null);
            throw new SnapshotMismatchException(
                $"Figure {live.Id}: no verified snapshot at {files.VerifiedJson}. Wrote {string.Join(" and ", written)}. {AcceptHint}");
        }

        var expected = LoadVerified(live, files, options);
        var problems = FigureDataComparer.Compare(expected, live, tolerance).ToList();
        var verifiedPng = File.Exists(files.VerifiedPng) ? File.ReadAllBytes(files.VerifiedPng) : null;
        if (verifiedPng is not null && !PngComparer.IsReadable(verifiedPng))
        {
            problems.Add($"verified PNG {files.VerifiedPng} is not a readable PNG");
            verifiedPng = null;
        }
        else
        {
            problems.AddRange(PixelProblems(expected, verifiedPng, tolerance, files));
        }

        if (problems.Count == 0)
        {
            files.DeleteReceived();
            return SnapshotResult.Matched;
        }
        var receivedFiles = WriteReceived(live, files, verifiedPng);
        throw new SnapshotMismatchException(Describe(live.Id, problems, receivedFiles));
    }

    /// <summary>
    /// The verified figure data. A file that does not parse, or parses without what a figure needs (a hand edit, a
    /// merge conflict, a truncated copy), fails with its path and how to regenerate it rather than a bare JSON or
    /// argument error.
    /// </summary>
    private static FigureData LoadVerified(FigureData live, SnapshotFiles files, SnapshotOptions options)
    {
        try
        {
            return FigureJson.Load(files.VerifiedJson);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidDataException or NotSupportedException or InvalidOperationException)
        {
            var written = options.IsCi ? "" : $" Wrote {string.Join(" and ", WriteReceived(live, files, verifiedPng: null))}.";
            throw new SnapshotMismatchException(
                $"Figure {live.Id}: the verified snapshot {files.VerifiedJson} cannot be read ({e.Message}).{written} Regenerate it: {AcceptHint}");
        }
    }

    private static IEnumerable<string> PixelProblems(FigureData expected, byte[]? verifiedPng, FigureTolerance tolerance, SnapshotFiles files)
    {
        if (verifiedPng is null)
        {
            yield return $"verified PNG missing: {files.VerifiedPng}";
            yield break;
        }
        var rerendered = FigureRenderer.RenderPng(expected);
        var rms = PngComparer.Rms(verifiedPng, rerendered);
        if (rms is null)
        {
            var (w, h) = PngComparer.Size(verifiedPng);
            var (rw, rh) = PngComparer.Size(rerendered);
            yield return $"rendering of the verified data is {rw}x{rh} but the verified PNG is {w}x{h}: the figure recipe changed";
        }
        else if (rms > tolerance.PixelRms)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"rendering of the verified data differs from the verified PNG by RMS {rms:0.###} > {tolerance.PixelRms:0.###}: the figure recipe or the renderer changed");
        }
    }

    private static void Accept(FigureData live, SnapshotFiles files)
    {
        Directory.CreateDirectory(files.Directory);
        FigureJson.Save(live, files.VerifiedJson);
        FigureRenderer.SavePng(live, files.VerifiedPng);
        files.DeleteReceived();
        Log($"Accepted figure {live.Id}: wrote {files.VerifiedJson} and {files.VerifiedPng}. Review and commit them.");
    }

    /// <summary>Writes the live figure beside the verified one, and a difference image when the sizes allow.</summary>
    private static List<string> WriteReceived(FigureData live, SnapshotFiles files, byte[]? verifiedPng)
    {
        Directory.CreateDirectory(files.Directory);
        FigureJson.Save(live, files.ReceivedJson);
        var receivedPng = FigureRenderer.RenderPng(live);
        AtomicFile.WriteAllBytes(files.ReceivedPng, receivedPng);
        var written = new List<string> { files.ReceivedJson, files.ReceivedPng };
        if (File.Exists(files.DiffPng)) File.Delete(files.DiffPng);
        if (verifiedPng is not null && PngComparer.Size(verifiedPng) == PngComparer.Size(receivedPng))
        {
            AtomicFile.WriteAllBytes(files.DiffPng, PngComparer.DiffImage(verifiedPng, receivedPng));
            written.Add(files.DiffPng);
        }
        return written;
    }

    private static string Describe(string id, List<string> problems, List<string> written)
    {
        var text = new StringBuilder($"Figure {id} does not match its verified snapshot ({problems.Count} problem(s)):\n");
        foreach (var p in problems.Take(MaxListed)) text.Append("  - ").Append(p).Append('\n');
        if (problems.Count > MaxListed) text.Append($"  ... and {problems.Count - MaxListed} more\n");
        text.Append("Wrote ").Append(string.Join(", ", written)).Append(".\n").Append(AcceptHint);
        return text.ToString();
    }

    private static void Log(string message)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(message);
        TestContext.Current.SendDiagnosticMessage(message);
    }
}
