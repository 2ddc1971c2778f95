namespace IclClaims.Experiments.Training;

/// <summary>A training stopped on request (Ctrl+C) after writing a checkpoint at <see cref="Step"/>, from which it resumes.</summary>
public sealed class TrainingInterruptedException : OperationCanceledException
{
    public TrainingInterruptedException(string model, int step, int steps, string? checkpoint)
        : base($"'{model}' interrupted at step {step} of {steps}" + (checkpoint is null ? "" : $"; checkpoint written to {checkpoint}")) =>
        Step = step;

    private TrainingInterruptedException(string message, int step) : base(message) => Step = step;

    public int Step { get; }

    /// <summary>Stopped on request, but the checkpoint could not be written: a resumed run starts from the last one written, if any.</summary>
    public static TrainingInterruptedException WithoutCheckpoint(string model, int step, int steps, string checkpoint, string reason) =>
        new($"'{model}' interrupted at step {step} of {steps}; no checkpoint could be written to {checkpoint} ({reason}), so a resumed run starts from the last one written, if any", step);
}
