namespace IclClaims.Figures.Recipes;

/// <summary>
/// One prompt drawn as a function: the in-context points, the true function on a grid and the
/// model's prediction on the same grid.
/// </summary>
public sealed record FunctionPlotInput(
    string Title,
    double[] ContextX,
    double[] ContextY,
    double[] GridX,
    double[] TrueY,
    double[] PredictedY,
    string PredictionName = "model",
    string? PredictionColor = null);
