using IclClaims.Figures.Model;
using IclClaims.Figures.Recipes;

namespace IclClaims.Claims.Tests.Figures;

/// <summary>Small deterministic figures: closed-form curves, no models, so they render in milliseconds.</summary>
internal static class SampleFigures
{
    public static FigureData Simple(string title = "A sample curve", string id = "S1", double shift = 0, string seriesName = "model", double[]? se = null)
    {
        double[] x = [0, 1, 2, 3, 4, 5];
        var y = x.Select(v => 1.0 / (1 + v) + shift).ToArray();
        return FigureData.Single(id, new PanelData(title, "in-context examples", "error",
            [new SeriesData(seriesName, x, y, StdErr: se), new SeriesData("baseline", x, x.Select(_ => 0.5).ToArray(), Dashed: true)],
            ReferenceLines: [new ReferenceLine(1, "zero predictor")]));
    }

    public static IEnumerable<FigureData> PaperRecipes()
    {
        double[] k = [.. Enumerable.Range(0, 21).Select(i => (double)i)];
        CurveInput Icl(string name, double rate, double floor, bool band) => new(name, k,
            [.. k.Select(v => floor + (1 - floor) * Math.Exp(-rate * v))],
            band ? [.. k.Select(v => 0.9 * (floor + (1 - floor) * Math.Exp(-rate * v)))] : null,
            band ? [.. k.Select(v => 1.1 * (floor + (1 - floor) * Math.Exp(-rate * v)))] : null,
            [.. k.Select(_ => 0.01)]);
        yield return PaperFigures.F1a([Icl("mixture model", 0.2, 0.02, true), Icl("dense model", 0.22, 0.01, true)],
            [Icl("least squares", 0.15, 0.0, false), Icl("Bayes optimal", 0.25, 0.0, false)]);
        yield return PaperFigures.F1b([Icl("mixture model", 0.4, 0.02, true), Icl("sparse model", 0.45, 0.01, true)],
            [Icl("Lasso", 0.35, 0.0, false), Icl("Bayes optimal", 0.5, 0.0, false)]);

        double[] nz = [1, 2, 3, 4, 5, 6, 7, 8];
        yield return PaperFigures.F2(
            [new("to dense specialist", nz, [.. nz.Select(v => 0.5 / v)]), new("to sparse specialist", nz, [.. nz.Select(v => 0.05 * v)])],
            [new("mixture", nz, [.. nz.Select(v => 0.1 + 0.01 * v)]), new("dense specialist", nz, [.. nz.Select(_ => 0.15)]), new("sparse specialist", nz, [.. nz.Select(v => 0.02 * v * v)])]);

        yield return PaperFigures.F3(Function("linear", x => 0.8 * x), Function("sinusoid", x => Math.Sin(2 * x + 0.3)),
            Function("0.5 · linear + 0.5 · sinusoid", x => 0.4 * x + 0.5 * Math.Sin(2 * x + 0.3)));

        double[] a = [0, 0.25, 0.5, 0.75, 1];
        yield return PaperFigures.F4(new("model", a, [.. a.Select(v => 0.01 + 0.2 * v * (1 - v))]), new("family-aware fit", a, [.. a.Select(_ => 0.005)]));

        double[] omega = [0.1, 0.3, 1, 2, 3, 10, 30];
        yield return PaperFigures.F5(
            [new("model", omega, [0.9, 0.6, 0.02, 0.01, 0.02, 0.7, 0.95]), new("oracle sinusoid fit", omega, [.. omega.Select(_ => 0.001)])],
            1, 3, Function("ω = 0.1", x => Math.Sin(0.1 * x)), Function("ω = 30", x => Math.Sin(30 * x)));
    }

    private static PanelData Function(string title, Func<double, double> f)
    {
        double[] grid = [.. Enumerable.Range(0, 61).Select(i => -3 + 0.1 * i)];
        double[] context = [-2.5, -1.7, -0.4, 0.3, 1.1, 2.2];
        return PaperFigures.FunctionPanel(title, new CurveInput("context points", context, [.. context.Select(f)]),
            new CurveInput("true function", grid, [.. grid.Select(f)]), new CurveInput("model", grid, [.. grid.Select(x => 0.9 * f(x))]));
    }
}
