namespace IclClaims.Experiments.Training;

/// <summary>A training stopped on request (Ctrl+C) after writing a checkpoint at <see cref="Step"/>, from which it resumes.</summary>
public sealed class TrainingInterruptedException : OperationCanceledException
{
    public TrainingInterruptedException(string model, int step, int steps, string? checkpoint)
        : base($"'{model}' interrupted at step {step} of {steps}" + (checkpoint is null ? "" : $"; checkpoint written to {checkpoint}")) => Step = step;

    /// <summary>A training that ran in a child process, which reported its own step and checkpoint.</summary>
    public TrainingInterruptedException(string message) : base(message) => Step = null;

    /// <summary>The step of the checkpoint; null where a child process wrote it.</summary>
    public int? Step { get; }
}
