using IclClaims.Experiments.Training;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Benchmarks;

/// <summary>Time of one training step, measured through <see cref="Trainer"/> itself (sampling, forward, backward, clip, Adam).</summary>
public static class TrainingStepBenchmark
{
    /// <summary>
    /// Untimed steps before the clock counts: the first steps allocate and tune kernels. One loss-log interval,
    /// because the trainer reports elapsed time only at loss records.
    /// </summary>
    public const int WarmupSteps = Trainer.LossLogInterval;

    /// <summary>Seconds per step over <paramref name="steps"/> steps after the warm-up.</summary>
    public static double SecondsPerStep(TrainingConfig config, int steps, Device? device = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        var total = WarmupSteps + steps;
        // A profile with fewer steps is lengthened; the schedule changes, the cost of a step does not.
        if (config.Steps < total) config = config with { Steps = total };
        var clock = new ElapsedAtSteps(WarmupSteps, total);
        var (model, _) = new Trainer(clock, checkpointEvery: TimeSpan.MaxValue).Train(config, checkpoint: null, device, stopAfter: total);
        model.Dispose();
        return (clock.End - clock.Start).TotalSeconds / steps;
    }

    private sealed class ElapsedAtSteps(int start, int end) : ITrainingProgress
    {
        public TimeSpan Start { get; private set; }
        public TimeSpan End { get; private set; }

        public void Report(TrainingProgress progress)
        {
            if (progress.Step == start) Start = progress.Elapsed;
            if (progress.Step == end) End = progress.Elapsed;
        }

        public void Message(string text) { }
    }
}
