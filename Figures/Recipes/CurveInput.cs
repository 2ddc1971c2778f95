using IclClaims.Figures.Model;

namespace IclClaims.Figures.Recipes;

/// <summary>One measured curve as the experiments hand it over: plain arrays, optional band and standard error.</summary>
public sealed record CurveInput(string Name, double[] X, double[] Y, double[]? Lo = null, double[]? Hi = null, double[]? Se = null, string? Color = null)
{
    public SeriesData ToSeries(SeriesStyle style = SeriesStyle.Line, bool dashed = false) =>
        new(Name, X, Y, style, dashed, Lo, Hi, Se, Color);
}
