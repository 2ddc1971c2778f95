using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Model;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Training;

/// <summary>An interrupted training resumed from its checkpoint ends exactly where an uninterrupted one does.</summary>
[Collection(BitwiseTrainingCollection.Name)]
public sealed class ResumeTests : IDisposable
{
    private readonly ScratchDirectory _dir = new();

    public ResumeTests() => TorchRuntime.Initialise(1);

    public void Dispose() => _dir.Dispose();

    private static void ShouldHaveEqualWeights(IclTransformer a, IclTransformer b)
    {
        var pa = a.state_dict();
        var pb = b.state_dict();
        pa.Keys.Should().BeEquivalentTo(pb.Keys);
        foreach (var (name, tensor) in pa)
            Bits.Same(tensor, pb[name]).Should().BeTrue($"parameter {name} is bitwise equal");
    }

    [Fact]
    public void Interrupted_after_a_checkpoint_then_resumed_gives_the_same_loss_log_and_weights()
    {
        var config = TinyTraining.Linear(steps: 3 * Trainer.LossLogInterval);
        var (straight, straightState) = new Trainer().Train(config, checkpoint: null);

        var checkpoint = new Checkpoint(_dir.Sub("ckpt"), ModelKey.Of(config));
        var progress = new RecordingProgress();
        // Checkpoint at every loss record (steps 50 and 100), stop at 120: the steps 100..120 are lost and redone.
        var (partial, partialState) = new Trainer(progress, checkpointEvery: TimeSpan.Zero).Train(config, checkpoint, stopAfter: 120);
        partial.Dispose();
        partialState.Step.Should().Be(120);
        File.Exists(Path.Combine(checkpoint.Directory, "state.json")).Should().BeTrue();

        var (resumed, resumedState) = new Trainer(progress).Train(config, checkpoint);

        progress.Messages.Should().Contain(m => m.Contains("resumed from step 100", StringComparison.Ordinal));
        resumedState.Step.Should().Be(config.Steps);
        resumedState.LossLog.Should().Equal(straightState.LossLog);
        ShouldHaveEqualWeights(resumed, straight);
        straight.Dispose();
        resumed.Dispose();
    }

    [Fact]
    public void Two_uninterrupted_trainings_of_one_config_are_bitwise_equal()
    {
        var config = TinyTraining.Linear(steps: 60);
        var (a, sa) = new Trainer().Train(config, checkpoint: null);
        var (b, sb) = new Trainer().Train(config, checkpoint: null);

        sa.LossLog.Should().Equal(sb.LossLog);
        ShouldHaveEqualWeights(a, b);
        a.Dispose();
        b.Dispose();
    }

    [Fact]
    public void A_checkpoint_of_another_configuration_is_reported_and_ignored()
    {
        var config = TinyTraining.Linear(steps: 2 * Trainer.LossLogInterval);
        var other = config.WithSeed(config.Seed + 1);
        var dir = _dir.Sub("ckpt");
        new Trainer(checkpointEvery: TimeSpan.Zero).Train(other, new Checkpoint(dir, ModelKey.Of(other)), stopAfter: 60).Model.Dispose();

        var progress = new RecordingProgress();
        var (model, state) = new Trainer(progress).Train(config, new Checkpoint(dir, ModelKey.Of(config)));
        var (fresh, freshState) = new Trainer().Train(config, checkpoint: null);

        progress.Messages.Should().Contain(m => m.Contains("unusable", StringComparison.Ordinal) && m.Contains("starting from step 0", StringComparison.Ordinal));
        state.LossLog.Should().Equal(freshState.LossLog);
        model.Dispose();
        fresh.Dispose();
    }

    [Fact]
    public void Interrupted_by_a_signal_it_checkpoints_at_a_logged_step_and_resumes_to_the_same_weights()
    {
        var config = TinyTraining.Linear(steps: 2 * Trainer.LossLogInterval);
        var (straight, straightState) = new Trainer().Train(config, checkpoint: null);

        var checkpoint = new Checkpoint(_dir.Sub("signal"), ModelKey.Of(config));
        using var interrupt = new CancellationTokenSource();
        interrupt.Cancel();
        var act = () => new Trainer(interrupt: interrupt.Token).Train(config, checkpoint);
        act.Should().Throw<TrainingInterruptedException>().Which.Step.Should().Be(Trainer.LossLogInterval);

        var (resumed, resumedState) = new Trainer().Train(config, checkpoint);
        resumedState.LossLog.Should().Equal(straightState.LossLog);
        ShouldHaveEqualWeights(resumed, straight);
        straight.Dispose();
        resumed.Dispose();
    }

    [Fact]
    public void A_diverging_training_stops_with_one_line_and_writes_no_checkpoint()
    {
        var config = TinyTraining.Linear(steps: 2 * Trainer.LossLogInterval);
        config = config with { Optimiser = config.Optimiser with { PeakLearningRate = 1e6, GradientClip = 0 } };
        var checkpoint = new Checkpoint(_dir.Sub("diverged"), ModelKey.Of(config));

        var act = () => new Trainer(checkpointEvery: TimeSpan.Zero).Train(config, checkpoint);

        act.Should().Throw<UserInputException>().Which.Message.Should().Contain("diverged by step").And.Contain("lower --lr");
        Directory.Exists(checkpoint.Directory).Should().BeFalse("a non-finite loss is never checkpointed");
    }
}
