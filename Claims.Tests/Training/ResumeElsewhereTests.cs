using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Store;

namespace IclClaims.Claims.Tests.Training;

/// <summary>
/// A checkpoint travels: interrupted in one folder (one machine), copied to another (the repository, cloned elsewhere),
/// the training resumes there and its loss log continues the first one's, as if it had never stopped.
/// </summary>
public sealed class ResumeElsewhereTests : IDisposable
{
    private readonly ScratchDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string[] Train(string cache) =>
        ["train", "--profile", "Smoke", "--model", "dense", "--steps", "2000", "--threads", "1", "--cache", cache, "--to", "cache"];

    [Fact]
    public void A_checkpoint_copied_to_another_folder_resumes_there_and_continues_the_loss_log()
    {
        var here = _dir.Sub("here");
        using var stop = new CancellationTokenSource();
        var first = SuiteCli.Run(Train(here), line =>
        {
            if (line.Contains("step ", StringComparison.Ordinal)) stop.Cancel();
        }, stop.Token);
        first.Code.Should().Be(ExitCodes.Interrupted, first.LastError);
        var checkpoint = Directory.GetDirectories(here, "*.checkpoint").Should().ContainSingle().Subject;

        var elsewhere = _dir.Sub("elsewhere");
        Directory.CreateDirectory(elsewhere);
        var copied = Path.Combine(elsewhere, Path.GetFileName(checkpoint));
        Directory.CreateDirectory(copied);
        foreach (var file in Directory.GetFiles(checkpoint)) File.Copy(file, Path.Combine(copied, Path.GetFileName(file)));
        var lines = new List<string>();
        var resumed = SuiteCli.Run(Train(elsewhere), lines.Add, TestContext.Current.CancellationToken);
        resumed.Code.Should().Be(0, resumed.LastError);
        lines.Should().Contain(l => l.Contains("resumed from step", StringComparison.Ordinal));

        var uninterrupted = _dir.Sub("uninterrupted");
        SuiteCli.Run(Train(uninterrupted), _ => { }, TestContext.Current.CancellationToken).Code.Should().Be(0);

        var after = Provenance(elsewhere);
        var reference = Provenance(uninterrupted);
        after.LossLog.Should().Equal(reference.LossLog, "one processor repeats a one-thread training bit for bit, across a resume too");
        after.WeightsSha256.Should().Be(reference.WeightsSha256);
        after.Segments.Should().HaveCount(2).And.Satisfy(
            s => s.FromStep == 0 && s.ToStep > 0,
            s => s.FromStep > 0 && s.ToStep == 2000);
        after.Segments![1].FromStep.Should().Be(after.Segments[0].ToStep, "the second segment starts where the first one's checkpoint stopped");
    }

    private static Provenance Provenance(string cache) =>
        new ModelEntry(Directory.GetDirectories(cache).Single(d => !d.EndsWith(".checkpoint", StringComparison.Ordinal))).ReadProvenance();
}
