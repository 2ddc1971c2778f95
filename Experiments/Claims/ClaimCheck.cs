namespace IclClaims.Experiments.Claims;

public enum Comparison
{
    AtMost,
    AtLeast,
}

/// <summary>
/// One measured quantity of a claim against its threshold. It holds only when the whole confidence interval
/// (mean ± <see cref="Z"/> standard errors) lies on the right side, so a pass is not luck.
/// </summary>
public sealed record ClaimCheck(string Name, double Measured, double StdErr, Comparison Comparison, double Threshold, string Reason)
{
    /// <summary>Two standard errors: a one-sided bound at about 97.7%.</summary>
    public const double Z = 2;

    public double Bound => Comparison == Comparison.AtMost ? Measured + Z * StdErr : Measured - Z * StdErr;

    public bool Holds => Comparison == Comparison.AtMost ? Bound <= Threshold : Bound >= Threshold;

    public string ComparisonText => Comparison == Comparison.AtMost ? "<=" : ">=";

    public override string ToString() =>
        $"{(Holds ? "PASS" : "FAIL")} {Name}: {Measured:0.0000} ± {StdErr:0.0000} (bound {Bound:0.0000}) {ComparisonText} {Threshold:0.0000} — {Reason}";
}
