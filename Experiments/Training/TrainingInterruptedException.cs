namespace IclClaims.Experiments.Training;

/// <summary>A training stopped on request (Ctrl+C) after writing a checkpoint at <see cref="Step"/>, from which it resumes.</summary>
public sealed class TrainingInterruptedException : OperationCanceledException
{
    public TrainingInterruptedException(string model, int step, int steps, string? checkpoint)
        : base($"'{model}' interrupted at step {step} of {steps}" + (checkpoint is null ? "" : $"; checkpoint written to {checkpoint}")) => Step = step;

    /// <summary>A training that ran in a child process, which reported its own step and checkpoint.</summary>
    public TrainingInterruptedException(string message) : base(message) => Step = null;

    private TrainingInterruptedException(string message, int step) : base(message) => Step = step;

    /// <summary>The step of the checkpoint; null where a child process wrote it.</summary>
    public int? Step { get; }

    /// <summary>Stopped on request, but the checkpoint could not be written: a resumed run starts from the last one written, if any.</summary>
    public static TrainingInterruptedException WithoutCheckpoint(string model, int step, int steps, string checkpoint, string reason) =>
        new($"'{model}' interrupted at step {step} of {steps}; no checkpoint could be written to {checkpoint} ({reason}), so a resumed run starts from the last one written, if any", step);
}
