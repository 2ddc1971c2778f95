using System.Diagnostics;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Model;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Tasks;
using TorchSharp;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Training;

/// <summary>Trains one model from its configuration, checkpointing so an interrupted run resumes where it stopped.</summary>
public sealed class Trainer
{
    /// <summary>Loss is read back from the device only this often: a per-step read would stall the pipeline.</summary>
    public const int LossLogInterval = 50;

    /// <summary>Held while anything constructs a model: construction draws from torch's global generator.</summary>
    internal static readonly Lock InitialisationGate = new();

    private readonly ITrainingProgress _progress;
    private readonly TimeSpan _checkpointEvery;
    private readonly CancellationToken _interrupt;

    /// <param name="interrupt">When signalled, the training writes a checkpoint and throws <see cref="TrainingInterruptedException"/>.</param>
    public Trainer(ITrainingProgress? progress = null, TimeSpan? checkpointEvery = null, CancellationToken interrupt = default)
    {
        _progress = progress ?? SilentProgress.Instance;
        _checkpointEvery = checkpointEvery ?? TimeSpan.FromSeconds(60);
        _interrupt = interrupt;
    }

    /// <summary>
    /// Called with the model at every multiple of <see cref="MilestoneEvery"/> steps (a long training's learning curve
    /// is scored from these weights later); it must only read the model.
    /// </summary>
    public Action<int, IclTransformer>? Milestone { get; init; }

    /// <summary>Steps between milestones; 0: none.</summary>
    public int MilestoneEvery { get; init; }

    /// <summary>
    /// Trains <paramref name="config"/> to its last step (or to <paramref name="stopAfter"/> steps, for the
    /// training-health gate), resuming from <paramref name="checkpoint"/> when it holds a matching one. A training
    /// with a first stage (<see cref="TrainingConfig.StartFrom"/>) starts from <paramref name="startWeights"/>, that
    /// stage's trained model.
    /// </summary>
    public (IclTransformer Model, TrainingState State) Train(TrainingConfig config, Checkpoint? checkpoint, Device? device = null, int? stopAfter = null,
        IclTransformer? startWeights = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        if (config.StartFrom is { } first && startWeights is null)
            throw new ArgumentException($"'{config.Name}' starts from the trained '{first.Name}' model: pass its weights", nameof(startWeights));
        if (config.StartFrom is null && startWeights is not null)
            throw new ArgumentException($"'{config.Name}' has no first stage; weights to start from were passed", nameof(startWeights));
        device ??= CPU;
        using var active = ActiveTrainings.Enter(_interrupt);
        var lastStep = Math.Min(config.Steps, stopAfter ?? config.Steps);

        IclTransformer model;
        // Initialisation draws from torch's global generator: trainings running side by side take turns here.
        lock (InitialisationGate)
        {
            random.manual_seed(config.Seed);
            model = new IclTransformer(config.Model);
        }
        // After the seeded construction, so the generator's state (and every later draw) is that of a fresh start.
        if (startWeights is not null) model.load_state_dict(startWeights.state_dict());
        model.to(device);
        using var optimiser = optim.Adam(model.parameters(), lr: config.Optimiser.PeakLearningRate);

        var log = new List<LossRecord>();
        var start = 0;
        var priorSeconds = 0.0;
        IReadOnlyList<TrainingSegment> priorSegments = [];
        if (checkpoint?.TryLoad(model, optimiser, _progress) is { } resumed && resumed.Step <= lastStep)
        {
            start = resumed.Step;
            log.AddRange(resumed.LossLog);
            priorSeconds = resumed.Seconds;
            priorSegments = resumed.Segments ?? [];
            var last = priorSegments.Count > 0 ? $" (written on {priorSegments[^1].Machine}, {priorSegments[^1].Processor})" : "";
            _progress.Message($"{config.Name}: resumed from step {start} of {config.Steps}{last}");
        }
        // Bookkeeping only: which processor trained which steps, so a training resumed across machines says so.
        IReadOnlyList<TrainingSegment> Segments(int done, double seconds) =>
            [.. priorSegments, new TrainingSegment(ThisProcessor, Environment.MachineName, start, done, Math.Round(seconds, 1))];

        var clock = Stopwatch.StartNew();
        var sinceCheckpoint = Stopwatch.StartNew();
        var tasksByDim = new Dictionary<int, TaskSpec>();
        Tensor? lossSum = null;
        var lossCount = 0;
        var checkpointFailed = false;
        model.train();
        for (var step = start; step < lastStep; step++)
        {
            using (var scope = NewDisposeScope())
            {
                var (dim, points) = Curriculum.At(step, config);
                if (!tasksByDim.TryGetValue(dim, out var task)) tasksByDim[dim] = task = config.Task.AtDimension(dim);
                using var generator = StepGenerator(config.Seed, step);
                using var prompts = task.Sample(config.Optimiser.Batch, points, generator);
                var xs = prompts.Xs.to(float32).to(device);
                var ys = prompts.Ys.to(float32).to(device);

                var lr = LearningRateSchedule.At(step, config.Steps, config.Optimiser);
                foreach (var group in optimiser.ParamGroups) group.LearningRate = lr;
                optimiser.zero_grad();
                var loss = nn.functional.mse_loss(model.PredictAtInputs(xs, ys), ys);
                loss.backward();
                if (config.Optimiser.GradientClip > 0) nn.utils.clip_grad_norm_(model.parameters(), config.Optimiser.GradientClip);
                optimiser.step();

                var detached = loss.detach();
                lossSum = lossSum is null ? detached.clone() : lossSum.add_(detached);
                lossSum.DetachFromDisposeScope();
                lossCount++;
            }

            var done = step + 1;
            if (Milestone is { } milestone && MilestoneEvery > 0 && done % MilestoneEvery == 0) milestone(done, model);
            if (done % LossLogInterval == 0 || done == lastStep)
            {
                var mean = lossSum!.item<float>() / lossCount;
                // The loss is read here anyway: a non-finite mean stops the training before it is checkpointed or cached.
                if (!float.IsFinite(mean))
                    throw new UserInputException(
                        $"training '{config.Name}' diverged by step {done}: mean loss {mean} over the last {lossCount} steps (peak learning rate {config.Optimiser.PeakLearningRate}); lower --lr. Nothing was cached; the last checkpoint is kept.");
                lossSum.Dispose();
                lossSum = null;
                lossCount = 0;
                log.Add(new LossRecord(done, mean));
                var elapsed = clock.Elapsed;
                var perStep = elapsed.TotalSeconds / (done - start);
                _progress.Report(new TrainingProgress(config.Name, done, lastStep, mean, elapsed,
                    TimeSpan.FromSeconds(perStep * (lastStep - done))));
                // An interrupt is honoured here, at a logged step, so that a resumed loss log matches an uninterrupted one.
                var interrupted = _interrupt.IsCancellationRequested && done < lastStep;
                string? checkpointFailure = null;
                if (checkpoint is not null && (interrupted || sinceCheckpoint.Elapsed >= _checkpointEvery) && done < lastStep)
                {
                    checkpointFailure = checkpoint.TrySave(model, optimiser, new TrainingState(done, log, priorSeconds + clock.Elapsed.TotalSeconds, Segments(done, clock.Elapsed.TotalSeconds)));
                    // Reported once: the training goes on, since losing the checkpoint costs less than losing the training.
                    if (checkpointFailure is not null && !checkpointFailed)
                        _progress.Message($"{config.Name}: no checkpoint could be written to {checkpoint.Directory} ({checkpointFailure}); training goes on without one");
                    checkpointFailed |= checkpointFailure is not null;
                    sinceCheckpoint.Restart();
                }
                if (interrupted)
                    throw checkpointFailure is null
                        ? new TrainingInterruptedException(config.Name, done, config.Steps, checkpoint?.Directory)
                        : TrainingInterruptedException.WithoutCheckpoint(config.Name, done, config.Steps, checkpoint!.Directory, checkpointFailure);
            }
        }
        lossSum?.Dispose();
        model.eval();
        return (model, new TrainingState(lastStep, log, priorSeconds + clock.Elapsed.TotalSeconds, Segments(lastStep, clock.Elapsed.TotalSeconds)));
    }

    private static string ThisProcessor => $"{Runtime.ProcessorFeatures.Current.Model} ({Environment.ProcessorCount} cores)";

    /// <summary>Training data of step s depends only on (seed, s), so a resumed run sees exactly the prompts it would have.</summary>
    internal static Generator StepGenerator(int seed, int step) =>
        new Generator(unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)step * 0xBF58476D1CE4E5B9UL + 0x94D049BB133111EBUL));
}
