using IclClaims.Experiments.Evaluation;

namespace IclClaims.Experiments.Claims;

/// <summary>A claim's threshold with the one-line reason printed beside every check held to it.</summary>
public sealed record Bar(double Value, string Reason)
{
    public ClaimCheck AtMost(string name, Estimate e) => new(name, e.Mean, e.StdErr, Comparison.AtMost, Value, Reason);

    public ClaimCheck AtLeast(string name, Estimate e) => new(name, e.Mean, e.StdErr, Comparison.AtLeast, Value, Reason);

    public ClaimCheck NotClearlyAbove(string name, Estimate e) => new(name, e.Mean, e.StdErr, Comparison.NotClearlyAbove, Value, Reason);

    /// <summary>Held at every position: checks the position whose upper confidence bound is largest, so if it passes, all do.</summary>
    public ClaimCheck AtMostAtEveryPosition(string name, LearningCurve difference)
    {
        ArgumentNullException.ThrowIfNull(difference);
        var worst = Enumerable.Range(0, difference.N.Length).MaxBy(i => difference.Mean[i] + ClaimCheck.Z * difference.StdErr[i]);
        return AtMost($"{name}, worst n = {difference.N[worst]}", new Estimate(difference.Mean[worst], difference.StdErr[worst]));
    }
}
