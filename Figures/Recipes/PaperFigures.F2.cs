using IclClaims.Figures.Model;

namespace IclClaims.Figures.Recipes;

public static partial class PaperFigures
{
    /// <summary>
    /// F2: the mixture model against the two specialists as the number of non-zeros sweeps (claim 3).
    /// Left: distance of the mixture's predictions to each specialist's; right: error of all three.
    /// </summary>
    public static FigureData F2(IReadOnlyList<CurveInput> distances, IReadOnlyList<CurveInput> errors)
    {
        ArgumentNullException.ThrowIfNull(distances);
        ArgumentNullException.ThrowIfNull(errors);
        const string x = "non-zero coordinates of the test function";
        return new FigureData("F2", "Mixture model between the dense and sparse specialists",
        [
            new PanelData("Distance to each specialist", x, "squared distance of predictions",
                distances.Select(d => d.ToSeries(SeriesStyle.LineWithMarkers)).ToList(), XIsCount: true),
            new PanelData("Error", x, NormalisedError,
                errors.Select(e => e.ToSeries(SeriesStyle.LineWithMarkers)).ToList(),
                ReferenceLines: [new ReferenceLine(1.0, "zero predictor")], XIsCount: true),
        ]);
    }
}
