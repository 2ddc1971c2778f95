namespace IclClaims.Experiments.Evaluation;

/// <summary>A mean over prompts and its standard error.</summary>
public readonly record struct Estimate(double Mean, double StdErr)
{
    public override string ToString() => $"{Mean:0.0000} ± {StdErr:0.0000}";
}
