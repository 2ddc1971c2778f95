using IclClaims.Figures.Model;

namespace IclClaims.Figures.Recipes;

public static partial class PaperFigures
{
    /// <summary>
    /// F5 (claim 6): error against frequency on log axes with the pretraining band shaded, then the
    /// model's prediction at a very low and a very high frequency (a <see cref="FunctionPanel"/> each).
    /// </summary>
    public static FigureData F5(
        IReadOnlyList<CurveInput> errors, double bandFrom, double bandTo,
        PanelData lowFrequency, PanelData highFrequency)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var sweep = new PanelData("Error against frequency", "frequency ω", NormalisedError,
            errors.Select((e, i) => e.ToSeries(SeriesStyle.LineWithMarkers, dashed: i > 0)).ToList(),
            XScale: AxisScale.Log10, YScale: AxisScale.Log10,
            Spans: [new ShadedSpan(bandFrom, bandTo, "pretraining band")]);
        return new FigureData("F5", "Sinusoids outside the pretraining frequencies",
            [sweep, lowFrequency, highFrequency]);
    }
}
