namespace IclClaims.Experiments.Evaluation;

/// <summary>
/// Normalised squared error at each number of in-context examples <c>N[i]</c>: mean over prompts, its standard
/// error, and a bootstrap 5–95% band of the mean.
/// </summary>
public sealed record LearningCurve(string Predictor, string Task, int[] N, double[] Mean, double[] StdErr, double[] Lower, double[] Upper)
{
    public double At(int n) => Mean[Index(n)];

    public double StdErrAt(int n) => StdErr[Index(n)];

    /// <summary>Upper end of a one-sided confidence bound at <paramref name="z"/> standard errors.</summary>
    public double UpperBound(int n, double z = 2) => Mean[Index(n)] + z * StdErr[Index(n)];

    public double LowerBound(int n, double z = 2) => Mean[Index(n)] - z * StdErr[Index(n)];

    private int Index(int n)
    {
        var i = Array.IndexOf(N, n);
        if (i < 0) throw new ArgumentOutOfRangeException(nameof(n), n, $"the curve has no point at n = {n} (range {N[0]}..{N[^1]})");
        return i;
    }
}
