using System.CommandLine;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Cli;

/// <summary>Exploration overrides of a profile's training (each changes the model's key, so nothing stale is reused).</summary>
internal sealed class ConfigOverrides
{
    /// <summary>Adam's peak rate above this diverges at once; larger (or infinite) values are typos.</summary>
    public const double MaxLearningRate = 1;

    public Option<int?> Steps { get; } = new("--steps") { Description = "override the profile's step count (exploration)" };
    public Option<int?> Batch { get; } = new("--batch") { Description = "override the batch size (exploration)" };
    public Option<double?> LearningRate { get; } = new("--lr") { Description = "override the peak learning rate (exploration)" };
    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { Steps, Batch, LearningRate }) command.Options.Add(o);
    }

    /// <summary>Whether any training override was given: such a model is an exploration, never a store entry.</summary>
    public bool AnyGiven(ParseResult r) =>
        r.GetValue(Steps) is not null || r.GetValue(Batch) is not null || r.GetValue(LearningRate) is not null;

    /// <summary>The overrides given, as they would be typed: <c>--steps 10 --lr 0.001</c>.</summary>
    public string Given(ParseResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var parts = new List<string>();
        if (r.GetValue(Steps) is { } s) parts.Add(FormattableString.Invariant($"{Steps.Name} {s}"));
        if (r.GetValue(Batch) is { } b) parts.Add(FormattableString.Invariant($"{Batch.Name} {b}"));
        if (r.GetValue(LearningRate) is { } lr) parts.Add(FormattableString.Invariant($"{LearningRate.Name} {lr}"));
        return string.Join(' ', parts);
    }

    public TrainingConfig Apply(ParseResult r, TrainingConfig c)
    {
        if (r.GetValue(Steps) is { } s)
            c = s >= 1 ? c with { Steps = s } : throw new UserInputException($"--steps: {s} must be at least 1.");
        if (r.GetValue(Batch) is { } b)
        {
            c = b >= 1 ? c with { Optimiser = c.Optimiser with { Batch = b } } : throw new UserInputException($"--batch: {b} must be at least 1.");
            MemoryBudget.CheckTraining(c, "--batch");
        }
        if (r.GetValue(LearningRate) is { } lr)
            c = lr is > 0 and <= MaxLearningRate
                ? c with { Optimiser = c.Optimiser with { PeakLearningRate = lr } }
                : throw new UserInputException($"--lr: {lr} must be a number in (0, {MaxLearningRate}].");
        return c;
    }
}
