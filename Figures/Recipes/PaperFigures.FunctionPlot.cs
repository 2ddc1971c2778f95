using IclClaims.Figures.Model;

namespace IclClaims.Figures.Recipes;

public static partial class PaperFigures
{
    /// <summary>Context and truth in neutral colours in every function plot, so the prediction's colour is the predictor's own.</summary>
    private const string ContextColor = "#000000";
    private const string TruthColor = "#7f7f7f";

    /// <summary>
    /// The shared panel of F3 and F5, one prompt seen as a function: its context points as markers, the true function
    /// as a line and a predictor's answer (at each grid point, after the same context) dashed.
    /// </summary>
    public static PanelData FunctionPanel(string title, CurveInput context, CurveInput truth, CurveInput prediction)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(prediction);
        return new PanelData(title, "x", "f(x)",
        [
            (context with { Color = context.Color ?? ContextColor }).ToSeries(SeriesStyle.Markers),
            (truth with { Color = truth.Color ?? TruthColor }).ToSeries(),
            prediction.ToSeries(dashed: true),
        ]);
    }
}
