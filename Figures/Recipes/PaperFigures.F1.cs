using IclClaims.Figures.Model;

namespace IclClaims.Figures.Recipes;

public static partial class PaperFigures
{
    public const string NormalisedError = "normalised squared error";

    /// <summary>F1a: ICL curves on dense test functions (claims 1, 2).</summary>
    public static FigureData F1a(IReadOnlyList<CurveInput> models, IReadOnlyList<CurveInput> baselines) =>
        IclCurves("F1a", "In-context learning on dense linear functions", models, baselines);

    /// <summary>F1b: ICL curves on sparse test functions (claims 1, 2).</summary>
    public static FigureData F1b(IReadOnlyList<CurveInput> models, IReadOnlyList<CurveInput> baselines) =>
        IclCurves("F1b", "In-context learning on sparse linear functions", models, baselines);

    /// <summary>Models as solid lines, baselines dashed, the zero predictor's error of 1 as reference.</summary>
    public static FigureData IclCurves(string id, string title, IReadOnlyList<CurveInput> models, IReadOnlyList<CurveInput> baselines)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(baselines);
        var series = models.Select(m => m.ToSeries())
            .Concat(baselines.Select(b => b.ToSeries(dashed: true)))
            .ToList();
        return FigureData.Single(id, new PanelData(title, "in-context examples", NormalisedError, series,
            ReferenceLines: [new ReferenceLine(1.0, "zero predictor")], XIsCount: true));
    }
}
