using IclClaims.Figures.Model;

namespace IclClaims.Figures.Recipes;

public static partial class PaperFigures
{
    /// <summary>Context and truth in neutral colours in every function plot, so the prediction's colour is the predictor's own.</summary>
    private const string ContextColor = "#000000";
    private const string TruthColor = "#7f7f7f";

    /// <summary>The shared panel of F3 and F5: context points as markers, true function and prediction as lines.</summary>
    public static PanelData FunctionPanel(FunctionPlotInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new PanelData(input.Title, "x", "f(x)",
        [
            new SeriesData("context points", input.ContextX, input.ContextY, SeriesStyle.Markers, Color: ContextColor),
            new SeriesData("true function", input.GridX, input.TrueY, Color: TruthColor),
            new SeriesData(input.PredictionName, input.GridX, input.PredictedY, Dashed: true, Color: input.PredictionColor),
        ]);
    }
}
