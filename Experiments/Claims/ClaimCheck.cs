using System.Globalization;

namespace IclClaims.Experiments.Claims;

public enum Comparison
{
    AtMost,
    AtLeast,

    /// <summary>
    /// A bound that must not be crossed beyond doubt: holds unless even the lower bound lies above the threshold (a
    /// law such as "nothing beats the Bayes-optimal predictor", which only a clear violation refutes).
    /// </summary>
    NotClearlyAbove,
}

/// <summary>
/// One measured quantity of a claim against its threshold. It holds only when the whole confidence interval
/// (mean ± <see cref="Z"/> standard errors) lies on the right side, so a pass is not luck.
/// </summary>
public sealed record ClaimCheck(string Name, double Measured, double StdErr, Comparison Comparison, double Threshold, string Reason)
{
    /// <summary>Two standard errors: a one-sided bound at about 97.7%.</summary>
    public const double Z = 2;

    /// <summary>What the report and the logs say a check's numbers mean.</summary>
    public const string Legend =
        "Each check is mean ± one standard error over the test prompts (paired between predictors on shared prompts); it passes when its bound, mean + 2 SE for ≤ and mean − 2 SE for ≥ and \"not clearly >\", is on the right side of the threshold.";

    public double Bound => Comparison == Comparison.AtMost ? Measured + Z * StdErr : Measured - Z * StdErr;

    public bool Holds => Comparison == Comparison.AtLeast ? Bound >= Threshold : Bound <= Threshold;

    public string ComparisonText => Comparison switch
    {
        Comparison.AtMost => "≤",
        Comparison.AtLeast => "≥",
        _ => "not clearly >",
    };

    /// <summary>Mean ± SE, both rounded to the SE's second significant digit.</summary>
    public string MeasuredText => $"{Format(Measured)} ± {Format(StdErr)}";

    /// <summary>The bound the verdict is decided on, at the precision of <see cref="MeasuredText"/>.</summary>
    public string BoundText => Format(Bound);

    public string TestText => $"{ComparisonText} {Threshold.ToString("0.###", CultureInfo.InvariantCulture)}";

    public override string ToString() =>
        $"{(Holds ? "PASS" : "FAIL")} {Name}: {MeasuredText}, bound {BoundText} {TestText} — {Reason}";

    private string Format(double value)
    {
        // Below 1e-4 (the oracle fits' errors) fixed decimals would print zeros: those values go in scientific form.
        if (!(StdErr >= 1e-4) && Math.Abs(Measured) < 1e-4)
            return value.ToString("0.0E+0", CultureInfo.InvariantCulture);
        var decimals = StdErr > 0 ? Math.Clamp(1 - (int)Math.Floor(Math.Log10(StdErr)), 0, 6) : 4;
        return value.ToString("F" + decimals, CultureInfo.InvariantCulture);
    }
}
