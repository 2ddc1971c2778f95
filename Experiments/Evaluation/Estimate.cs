namespace IclClaims.Experiments.Evaluation;

/// <summary>A mean over prompts and its standard error.</summary>
public readonly record struct Estimate(double Mean, double StdErr)
{
    /// <summary>
    /// A ratio to a reference measured far more precisely than this estimate varies: its error is this one's, scaled.
    /// </summary>
    public Estimate Over(double reference) => new(Mean / reference, StdErr / reference);

    /// <summary>As <see cref="Over(double)"/>, to an estimated reference whose own error is negligible beside this one's.</summary>
    public Estimate Over(Estimate reference) => Over(reference.Mean);

    public Estimate Magnitude() => this with { Mean = Math.Abs(Mean) };

    public override string ToString() => $"{Mean:0.0000} ± {StdErr:0.0000}";
}
