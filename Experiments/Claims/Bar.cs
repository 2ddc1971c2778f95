using System.Text.RegularExpressions;
using IclClaims.Experiments.Evaluation;

namespace IclClaims.Experiments.Claims;

/// <summary>A claim's threshold with the one-line reason printed beside every check held to it.</summary>
public sealed partial record Bar(double Value, string Reason)
{
    private const string WorstSuffix = ", worst n";

    public ClaimCheck AtMost(string name, Estimate e) => new(name, e.Mean, e.StdErr, Comparison.AtMost, Value, Reason);

    public ClaimCheck AtLeast(string name, Estimate e) => new(name, e.Mean, e.StdErr, Comparison.AtLeast, Value, Reason);

    public ClaimCheck NotClearlyAbove(string name, Estimate e) => new(name, e.Mean, e.StdErr, Comparison.NotClearlyAbove, Value, Reason);

    /// <summary>Held at every position: checks the position whose upper confidence bound is largest, so if it passes, all do.</summary>
    public ClaimCheck AtMostAtEveryPosition(string name, LearningCurve difference)
    {
        ArgumentNullException.ThrowIfNull(difference);
        var worst = Enumerable.Range(0, difference.N.Length).MaxBy(i => difference.Mean[i] + ClaimCheck.Z * difference.StdErr[i]);
        return AtMost($"{name}{WorstSuffix} = {difference.N[worst]}", new Estimate(difference.Mean[worst], difference.StdErr[worst]));
    }

    /// <summary>
    /// A check's name and, for a check held at every position, the position it was decided at (<c>n = 3</c>), apart: the
    /// same check at another budget or seed may be decided at another position.
    /// </summary>
    public static (string Check, string? Position) SplitWorstPosition(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var worst = WorstPosition().Match(name);
        return worst.Success ? (name[..worst.Index] + WorstSuffix, worst.Groups[1].Value) : (name, null);
    }

    [GeneratedRegex(@", worst (n = \d+)$")]
    private static partial Regex WorstPosition();
}
