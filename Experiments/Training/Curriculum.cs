namespace IclClaims.Experiments.Training;

/// <summary>Which dimension and how many points the prompts of a given step use.</summary>
public static class Curriculum
{
    public static (int Dim, int Points) At(int step, TrainingConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var c = config.Curriculum;
        if (c is null) return (config.Model.Dim, config.Model.MaxPoints);
        var stage = step / Math.Max(1, c.Interval);
        return (Math.Min(config.Model.Dim, c.DimStart + stage * c.DimIncrement),
                Math.Min(config.Model.MaxPoints, c.PointsStart + stage * c.PointsIncrement));
    }
}
