using IclClaims.Figures.Model;

namespace IclClaims.Figures.Recipes;

public static partial class PaperFigures
{
    /// <summary>F4: error against the mixing weight a, model against the family-aware baseline (claim 5).</summary>
    public static FigureData F4(CurveInput model, CurveInput baseline)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(baseline);
        return FigureData.Single("F4", new PanelData(
            "Error on convex combinations a·linear + (1 − a)·sinusoid",
            "mixing weight a", NormalisedError,
            [model.ToSeries(SeriesStyle.LineWithMarkers), baseline.ToSeries(SeriesStyle.LineWithMarkers, dashed: true)],
            YScale: AxisScale.Log10));
    }
}
