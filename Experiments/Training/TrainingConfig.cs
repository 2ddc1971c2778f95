using System.Text.Json.Serialization;
using IclClaims.Experiments.Model;
using IclClaims.Experiments.Tasks;

namespace IclClaims.Experiments.Training;

/// <summary>Adam with linear warm-up, cosine decay to a floor, and gradient-norm clipping.</summary>
public sealed record OptimiserConfig(double PeakLearningRate, int WarmupSteps, double FinalFraction, double GradientClip, int Batch)
{
    public void Validate()
    {
        if (!(PeakLearningRate > 0)) throw new ArgumentOutOfRangeException(nameof(PeakLearningRate), PeakLearningRate, "must be positive");
        if (WarmupSteps < 0) throw new ArgumentOutOfRangeException(nameof(WarmupSteps), WarmupSteps, "must be non-negative");
        if (FinalFraction is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(FinalFraction), FinalFraction, "must lie in [0, 1]");
        if (Batch < 1) throw new ArgumentOutOfRangeException(nameof(Batch), Batch, "must be at least 1");
    }
}

/// <summary>
/// Garg et al.'s curriculum: train first on the leading <see cref="DimStart"/> coordinates (the rest zero) and
/// <see cref="PointsStart"/> points, growing by the given increments every <see cref="Interval"/> steps.
/// </summary>
public sealed record CurriculumConfig(int DimStart, int DimIncrement, int PointsStart, int PointsIncrement, int Interval);

/// <summary>
/// Everything that determines a trained model: its cache key is a hash of this record. <see cref="StartFrom"/>, when
/// set, is the training whose final weights this one starts from (a two-stage pretraining); being nested, its whole
/// configuration is part of the key. It is left out of the hashed text when absent, so single-stage keys are those
/// of before it existed.
/// </summary>
public sealed record TrainingConfig(
    string Name,
    TaskSpec Task,
    TransformerConfig Model,
    OptimiserConfig Optimiser,
    int Steps,
    int Seed,
    CurriculumConfig? Curriculum = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TrainingConfig? StartFrom = null)
{
    public void Validate()
    {
        Model.Validate();
        Optimiser.Validate();
        if (Steps < 1) throw new ArgumentOutOfRangeException(nameof(Steps), Steps, "must be at least 1");
        if (Task.Dim != Model.Dim)
            throw new ArgumentException($"task dimension {Task.Dim} differs from the model's {Model.Dim}", nameof(Task));
        if (StartFrom is { } start)
        {
            start.Validate();
            if (start.Model != Model)
                throw new ArgumentException($"'{Name}' starts from '{start.Name}', whose architecture differs: {start.Model} vs {Model}", nameof(StartFrom));
        }
    }

    /// <summary>The same training with another seed (its first stage too, if it has one).</summary>
    public TrainingConfig WithSeed(int seed) => this with { Seed = seed, StartFrom = StartFrom?.WithSeed(seed) };
}
