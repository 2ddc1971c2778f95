namespace IclClaims.Experiments.Evaluation;

/// <summary>
/// Normalised squared error at each number of in-context examples <c>N[i]</c>: mean over prompts, its standard
/// error, and a bootstrap 5–95% band of the mean.
/// </summary>
public sealed record LearningCurve(string Predictor, string Task, int[] N, double[] Mean, double[] StdErr, double[] Lower, double[] Upper);
