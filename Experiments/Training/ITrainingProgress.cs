namespace IclClaims.Experiments.Training;

/// <summary>What a training reports as it goes: the CLI draws a bar, tests write to their log.</summary>
public interface ITrainingProgress
{
    void Report(TrainingProgress progress);

    /// <summary>Events such as "resumed from step 3000" or "cache entry corrupt; retraining".</summary>
    void Message(string text);
}

public sealed record TrainingProgress(string Model, int Step, int TotalSteps, double Loss, TimeSpan Elapsed, TimeSpan Remaining);

public sealed class SilentProgress : ITrainingProgress
{
    public static SilentProgress Instance { get; } = new();

    public void Report(TrainingProgress progress) { }

    public void Message(string text) { }
}
