using System.Globalization;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Runtime;

namespace IclClaims.Experiments.Training;

/// <summary>A child training that failed: its one-line message, which names what to do.</summary>
public sealed class ChildTrainingException(string message) : InvalidOperationException(message);

/// <summary>
/// Trains models of one profile and seed into the model cache (or the store), each in a child process of the suite's
/// command line (<c>train --to cache|store</c>, one torch thread), two at a time; a second stage waits for its first
/// stage. Each child checkpoints, so an interrupted run (Ctrl+C, a cancelled test run, a killed child) resumes where
/// it stopped. Two one-thread trainings side by side give twice the throughput of one (docs/throughput.md).
/// </summary>
public static class ChildTrainings
{
    public const int SideBySide = 2;

    /// <param name="configs">The trainings, each a model of <paramref name="profile"/> at its seed.</param>
    /// <param name="toStore">Each child writes its model's store entry (and checkpoints where the profile's store trainings do).</param>
    /// <exception cref="TrainingInterruptedException">Interrupted: every child wrote its checkpoint.</exception>
    /// <exception cref="UserInputException">A child refused a setting (exit code 2).</exception>
    /// <exception cref="ChildTrainingException">A child failed otherwise.</exception>
    public static void Run(ProfileName profile, IReadOnlyList<TrainingConfig> configs, string cacheDirectory, ITrainingProgress progress,
        CancellationToken interrupt = default, bool toStore = false)
    {
        ArgumentNullException.ThrowIfNull(configs);
        ArgumentNullException.ThrowIfNull(progress);
        var keys = configs.ToDictionary(c => c, Store.ModelKey.Of);
        // Longest chain first: a first stage and the second stage that waits for it go before an independent model.
        var queue = configs.OrderByDescending(c => ChainSteps(c, configs, keys)).ThenByDescending(c => c.StartFrom is not null).ToList();
        OrderedJobRunner.Run(queue,
            c => queue.Where(other => c.StartFrom is { } first && Store.ModelKey.Of(first) == keys[other]),
            SideBySide,
            c => TrainOne(profile, c, cacheDirectory, toStore, progress, interrupt));
    }

    /// <summary>The arguments of the child that trains <paramref name="config"/> into the cache (or the store).</summary>
    public static IReadOnlyList<string> Arguments(ProfileName profile, TrainingConfig config, string cacheDirectory, bool toStore = false)
    {
        ArgumentNullException.ThrowIfNull(config);
        return
        [
            "train", "--profile", profile.ToString(), "--seed", config.Seed.ToString(CultureInfo.InvariantCulture),
            "--model", config.Name, "--threads", "1", "--cache", Path.GetFullPath(cacheDirectory), "--to", toStore ? "store" : "cache",
        ];
    }

    private static void TrainOne(ProfileName profile, TrainingConfig config, string cacheDirectory, bool toStore, ITrainingProgress progress,
        CancellationToken interrupt)
    {
        var args = Arguments(profile, config, cacheDirectory, toStore);
        progress.Message($"{config.Name} (seed {config.Seed}): training in a child process: train {string.Join(' ', args.Skip(1))}");
        var exit = SuiteCli.Run(args, progress.Message, interrupt);
        switch (exit.Code)
        {
            case 0:
                return;
            case ExitCodes.Interrupted:
                throw new TrainingInterruptedException(toStore
                    ? $"'{config.Name}' (seed {config.Seed}) interrupted; its child wrote a checkpoint"
                    : $"'{config.Name}' (seed {config.Seed}) interrupted; its child wrote a checkpoint in {Path.GetFullPath(cacheDirectory)}");
            case ExitCodes.UserError:
                throw new UserInputException(Strip(exit.LastError) ?? $"training '{config.Name}' refused its settings");
            default:
                throw new ChildTrainingException(
                    $"training '{config.Name}' (seed {config.Seed}) failed in its child process (exit code {exit.Code}): {Strip(exit.LastError) ?? "no message"}");
        }
    }

    /// <summary>A child's "error: ..." line without its prefix, so that the parent's own prefix is not doubled.</summary>
    private static string? Strip(string? line) => line is not null && line.StartsWith("error: ", StringComparison.Ordinal) ? line["error: ".Length..] : line;

    private static long ChainSteps(TrainingConfig c, IReadOnlyList<TrainingConfig> all, IReadOnlyDictionary<TrainingConfig, string> keys) =>
        (long)c.Steps * c.Optimiser.Batch * c.Model.MaxPoints
        + all.Where(d => d.StartFrom is { } first && Store.ModelKey.Of(first) == keys[c]).Select(d => ChainSteps(d, all, keys)).DefaultIfEmpty(0).Max();
}
