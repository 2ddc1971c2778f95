using IclClaims.Experiments.Evaluation;
using IclClaims.Figures.Model;
using IclClaims.Figures.Recipes;

namespace IclClaims.Experiments.Claims;

/// <summary>Measured curves handed to the figure recipes: the claims' figures are drawn from these.</summary>
public static class FigureInputs
{
    /// <summary>Each named predictor's learning curve, with its 2-SE band.</summary>
    public static IReadOnlyList<CurveInput> Curves(PairedEvaluation e, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(e);
        return names.Select(n =>
        {
            var c = e.Curve(n);
            return new CurveInput(n, c.N.Select(v => (double)v).ToArray(), c.Mean, c.Lower, c.Upper, c.StdErr, PredictorColors.Of(n));
        }).ToArray();
    }

    /// <summary>
    /// One measurement per evaluation of a sweep, with its 2-SE band; <paramref name="floorAtZero"/> keeps the band's
    /// lower edge at zero for a quantity that cannot be negative.
    /// </summary>
    /// <paramref name="color"/>: the series' colour, by default the predictor's of that name.
    public static CurveInput Sweep(string name, IEnumerable<(double X, PairedEvaluation Evaluation)> points, Func<PairedEvaluation, Estimate> measure,
        bool floorAtZero = false, string? color = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(measure);
        var list = points.ToList();
        var e = list.Select(p => measure(p.Evaluation)).ToArray();
        var lower = e.Select(v => v.Mean - ClaimCheck.Z * v.StdErr).Select(v => floorAtZero ? Math.Max(v, 0) : v).ToArray();
        return new CurveInput(name, list.Select(p => p.X).ToArray(), e.Select(v => v.Mean).ToArray(),
            lower, e.Select(v => v.Mean + ClaimCheck.Z * v.StdErr).ToArray(), e.Select(v => v.StdErr).ToArray(), color ?? PredictorColors.Of(name));
    }

    /// <summary>A single function as the function-plot panels draw it.</summary>
    public static PanelData Plot(FunctionSample f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return PaperFigures.FunctionPanel(f.Title, new CurveInput("context points", f.ContextX, f.ContextY), new CurveInput("true function", f.GridX, f.TrueY),
            new CurveInput(f.Predictor, f.GridX, f.PredictedY, Color: PredictorColors.Of(f.Predictor)));
    }
}
