using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Training;

/// <summary>Trainings in child processes of the command line: progress reaches the parent, an interrupted child resumes, a failure is one line.</summary>
public sealed class ChildTrainingTests : IDisposable
{
    private readonly ScratchDirectory _dir = new();
    private readonly RecordingProgress _progress = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Missing_models_are_trained_in_child_processes_with_their_progress_relayed_and_then_served_from_the_cache()
    {
        var provider = new ModelProvider(_dir.Sub("cache"), _dir.Sub("store"), TrainPolicy.Store, _progress);

        using (var trained = ModelSet.Load(Profiles.Smoke, seed: 1, provider))
            trained.Sources.Values.Should().AllBeEquivalentTo(ModelSource.Trained);

        var messages = _progress.Messages;
        foreach (var model in ExperimentProfile.ModelNames)
        {
            messages.Should().Contain(m => m.StartsWith($"{model} (seed 1): training in a child process", StringComparison.Ordinal));
            // Relayed from the child's standard error, as it came.
            messages.Should().Contain(m => m.StartsWith($"{model}: trained in", StringComparison.Ordinal));
        }

        using var again = ModelSet.Load(Profiles.Smoke, seed: 1, provider);
        again.Sources.Values.Should().AllBeEquivalentTo(ModelSource.Cache);
    }

    [Theory]
    [InlineData(0, 1, true)]  // the default thread count: even one training runs at one thread, in a child
    [InlineData(0, 3, true)]
    [InlineData(1, 2, true)]
    [InlineData(1, 1, false)] // what each child is given: it trains itself, so children never spawn children
    [InlineData(2, 1, false)] // an explicit thread count is the user's
    [InlineData(2, 3, false)]
    [InlineData(0, 0, false)]
    public void Store_trainings_on_the_cpu_run_at_one_thread_each_in_children_unless_the_user_gave_another_thread_count(int threads, int pending, bool inChildren)
    {
        Experiments.Cli.TrainCommand.TrainsInChildren(TorchSharp.DeviceType.CPU, threads, pending).Should().Be(inChildren);
        Experiments.Cli.TrainCommand.TrainsInChildren(TorchSharp.DeviceType.CUDA, threads, pending).Should().BeFalse("a GPU training is not split over cores");
    }

    [Fact]
    public void A_child_stopped_by_sigterm_leaves_a_checkpoint_that_the_next_run_resumes()
    {
        var cache = _dir.Sub("cache");
        // Long enough to be stopped part way: the child honours SIGTERM at its next logged step.
        string[] args = ["train", "--profile", "Smoke", "--model", "dense", "--steps", "3000", "--threads", "1", "--cache", cache, "--to", "cache"];
        using var stop = new CancellationTokenSource();
        var first = SuiteCli.Run(args, line =>
        {
            if (line.Contains("step ", StringComparison.Ordinal)) stop.Cancel();
        }, stop.Token);
        first.Code.Should().Be(ExitCodes.Interrupted, first.LastError);
        first.LastError.Should().StartWith("interrupted:").And.Contain("resume with:");

        var lines = new List<string>();
        var second = SuiteCli.Run(args, lines.Add, TestContext.Current.CancellationToken);
        second.Code.Should().Be(0, second.LastError);
        lines.Should().Contain(l => l.Contains("resumed", StringComparison.OrdinalIgnoreCase), "the second run starts from the first one's checkpoint");
        second.StandardOutput.Should().Contain("3000 steps");
    }

    [Fact]
    public async Task A_child_whose_parent_is_gone_checkpoints_and_stops()
    {
        // A stand-in parent that goes once the child is training, as a cancelled test host would. Killed on a progress
        // line rather than after a fixed time: on a loaded machine the child may take longer than any fixed time to start.
        using var parent = System.Diagnostics.Process.Start("sleep", "600");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in (string[])[SuiteCli.AssemblyPath, "train", "--profile", "Smoke", "--model", "dense", "--steps", "100000", "--threads", "1",
                     "--cache", _dir.Sub("cache"), "--to", "cache"]) start.ArgumentList.Add(a);
        start.Environment[ParentWatch.Variable] = parent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var child = System.Diagnostics.Process.Start(start)!;
        var token = TestContext.Current.CancellationToken;
        var stdout = child.StandardOutput.ReadToEndAsync(token);
        var errors = new List<string>();
        try
        {
            while (await child.StandardError.ReadLineAsync(token) is { } line)
            {
                errors.Add(line);
                if (line.Contains("step ", StringComparison.Ordinal)) break;
            }
            parent.Kill();
            await parent.WaitForExitAsync(token);
            errors.AddRange((await child.StandardError.ReadToEndAsync(token)).Split('\n', StringSplitOptions.RemoveEmptyEntries));
            child.WaitForExit(TimeSpan.FromSeconds(120)).Should().BeTrue("the child stops at its next logged step once its parent is gone");
            await stdout;

            child.ExitCode.Should().Be(ExitCodes.Interrupted, string.Join('\n', errors));
            errors.Should().Contain(l => l.Contains("parent process gone", StringComparison.Ordinal))
                .And.Contain(l => l.Contains("checkpoint written to", StringComparison.Ordinal));
        }
        finally
        {
            if (!child.HasExited) child.Kill();
            if (!parent.HasExited) parent.Kill();
        }
    }

    [Fact]
    public void A_failing_child_reaches_the_parent_as_its_one_line_error()
    {
        var notAFolder = _dir.Sub("cache-file");
        File.WriteAllText(notAFolder, "a file, not a folder");
        var configs = new[] { Profiles.Smoke.Model(ExperimentProfile.DenseModel, 1) };

        var act = () => ChildTrainings.Run(ProfileName.Smoke, configs, notAFolder, _progress);

        act.Should().Throw<UserInputException>().Which.Message.Should().Contain("--cache").And.Contain(notAFolder).And.NotContain("error: ");
    }

    [Fact]
    public void Children_asked_to_train_into_the_store_are_told_so()
    {
        // Smoke has no store, so each child refuses the destination before it trains: proof that "--to store" reached it.
        var configs = new[] { Profiles.Smoke.Model(ExperimentProfile.DenseModel, 1) };

        var act = () => ChildTrainings.Run(ProfileName.Smoke, configs, _dir.Sub("cache"), _progress, toStore: true);

        act.Should().Throw<UserInputException>().Which.Message.Should().Contain("--to store").And.Contain("Smoke");
        ChildTrainings.Arguments(ProfileName.Ci, Profiles.Ci.Model(ExperimentProfile.DenseModel, 2), _dir.Sub("cache"), toStore: true)
            .Should().ContainInConsecutiveOrder("--to", "store").And.ContainInConsecutiveOrder("--threads", "1");
    }
}
