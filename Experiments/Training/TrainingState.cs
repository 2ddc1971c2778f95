namespace IclClaims.Experiments.Training;

/// <summary>Where a training stands: saved with every checkpoint and, at the end, as the model's provenance.</summary>
/// <param name="Segments">The stretches it was trained in, one per start or resume (absent from older entries).</param>
public sealed record TrainingState(int Step, IReadOnlyList<LossRecord> LossLog, double Seconds, IReadOnlyList<TrainingSegment>? Segments = null);

/// <summary>One stretch of a training between a start (or resume) and a checkpoint or its end: where and how long it ran.</summary>
public sealed record TrainingSegment(string Processor, string Machine, int FromStep, int ToStep, double Seconds);

/// <summary>Mean training loss over the steps since the previous record.</summary>
public sealed record LossRecord(int Step, double Loss);
