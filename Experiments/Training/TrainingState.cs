namespace IclClaims.Experiments.Training;

/// <summary>Where a training stands: saved with every checkpoint and, at the end, as the model's provenance.</summary>
public sealed record TrainingState(int Step, IReadOnlyList<LossRecord> LossLog, double Seconds);

/// <summary>Mean training loss over the steps since the previous record.</summary>
public sealed record LossRecord(int Step, double Loss);
