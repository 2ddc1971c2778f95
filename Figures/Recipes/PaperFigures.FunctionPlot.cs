using IclClaims.Figures.Model;

namespace IclClaims.Figures.Recipes;

public static partial class PaperFigures
{
    /// <summary>The shared panel of F3 and F5: context points as markers, true function and prediction as lines.</summary>
    public static PanelData FunctionPanel(FunctionPlotInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new PanelData(input.Title, "x", "f(x)",
        [
            new SeriesData("context points", input.ContextX, input.ContextY, SeriesStyle.Markers),
            new SeriesData("true function", input.GridX, input.TrueY),
            new SeriesData(input.PredictionName, input.GridX, input.PredictedY, Dashed: true),
        ]);
    }
}
