namespace IclClaims.Experiments.Training;

/// <summary>Linear warm-up to the peak, then cosine decay to <c>peak * FinalFraction</c> at the last step.</summary>
public static class LearningRateSchedule
{
    public static double At(int step, int totalSteps, OptimiserConfig o)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (step < o.WarmupSteps) return o.PeakLearningRate * (step + 1) / o.WarmupSteps;
        var span = Math.Max(1, totalSteps - o.WarmupSteps);
        var progress = Math.Clamp((double)(step - o.WarmupSteps) / span, 0, 1);
        var cosine = 0.5 * (1 + Math.Cos(Math.PI * progress));
        return o.PeakLearningRate * (o.FinalFraction + (1 - o.FinalFraction) * cosine);
    }
}
