namespace IclClaims.Experiments.Training;

/// <summary>A training stopped on request (Ctrl+C) after writing a checkpoint at <see cref="Step"/>, from which it resumes.</summary>
public sealed class TrainingInterruptedException(string model, int step, int steps, string? checkpoint)
    : OperationCanceledException($"'{model}' interrupted at step {step} of {steps}" + (checkpoint is null ? "" : $"; checkpoint written to {checkpoint}"))
{
    public int Step { get; } = step;
}
