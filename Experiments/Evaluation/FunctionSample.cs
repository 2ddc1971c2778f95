namespace IclClaims.Experiments.Evaluation;

/// <summary>
/// One prompt seen as a function: its in-context points, the true function on a grid of queries, and a predictor's
/// answer at each grid point after the same context.
/// </summary>
public sealed record FunctionSample(
    string Title,
    double[] ContextX,
    double[] ContextY,
    double[] GridX,
    double[] TrueY,
    double[] PredictedY,
    string Predictor);
