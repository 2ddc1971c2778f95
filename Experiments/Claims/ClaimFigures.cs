using IclClaims.Experiments.Evaluation;
using IclClaims.Figures.Model;
using IclClaims.Figures.Recipes;
using M = IclClaims.Experiments.Claims.ModelSelectionMeasurements;
using S = IclClaims.Experiments.Claims.SineMeasurements;

namespace IclClaims.Experiments.Claims;

/// <summary>The paper's figures built from this run's measurements.</summary>
public static class ClaimFigures
{
    private static readonly string[] Models = [M.DenseOnly, M.SparseOnly, M.Mixture];

    public static FigureData F1a(M m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return PaperFigures.F1a(Curves(m.Dense, Models), Curves(m.Dense, [M.LeastSquares, M.Bayes]));
    }

    public static FigureData F1b(M m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return PaperFigures.F1b(Curves(m.Sparse, Models), Curves(m.Sparse, [M.LeastSquares, M.Lasso, M.Bayes, M.OracleSupport]));
    }

    /// <summary>F2: distances and errors averaged over the positions below n = d, against the number of non-zeros.</summary>
    public static FigureData F2(M m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var (lo, hi) = m.BelowDim;
        CurveInput Sweep(string name, Func<PairedEvaluation, Estimate> measure)
        {
            var x = m.Sweep.Select(s => (double)s.NonZeros).ToArray();
            var e = m.Sweep.Select(s => measure(s.Evaluation)).ToArray();
            return new CurveInput(name, x, e.Select(v => v.Mean).ToArray(),
                e.Select(v => v.Mean - 2 * v.StdErr).ToArray(), e.Select(v => v.Mean + 2 * v.StdErr).ToArray(), e.Select(v => v.StdErr).ToArray());
        }
        var distances = new[]
        {
            Sweep("mixture vs sparse-only", e => e.DistanceOver(M.Mixture, M.SparseOnly, lo, hi)),
            Sweep("mixture vs dense-only", e => e.DistanceOver(M.Mixture, M.DenseOnly, lo, hi)),
            Sweep("dense-only vs sparse-only", e => e.DistanceOver(M.DenseOnly, M.SparseOnly, lo, hi)),
        };
        var errors = Models.Append(M.LeastSquares).Select(name => Sweep(name, e => e.ErrorOver(name, lo, hi))).ToArray();
        return PaperFigures.F2(distances, errors);
    }

    public static FigureData F3(S s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return PaperFigures.F3(s.FunctionPlots[0], s.FunctionPlots[1], s.FunctionPlots[2]);
    }

    /// <summary>F4: late-window error against the linear weight a, for the model and the family-aware fit.</summary>
    public static FigureData F4(S s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var (from, to) = s.LateWindow;
        return PaperFigures.F4(
            Sweep(S.Model, s.Combinations, e => e.ErrorOver(S.Model, from, to)),
            Sweep(S.FamilyFit, s.Combinations, e => e.ErrorOver(S.FamilyFit, from, to)));
    }

    public static FigureData F5(S s, double bandFrom, double bandTo)
    {
        ArgumentNullException.ThrowIfNull(s);
        var (from, to) = s.LateWindow;
        return PaperFigures.F5(
            [
                Sweep(S.Model, s.Frequencies, e => e.ErrorOver(S.Model, from, to)),
                Sweep(S.SineOracle, s.Frequencies, e => e.ErrorOver(S.SineOracle, from, to)),
            ],
            bandFrom, bandTo, s.FunctionPlots[3], s.FunctionPlots[4]);
    }

    private static CurveInput Sweep(string name, IReadOnlyList<(double X, PairedEvaluation Evaluation)> points, Func<PairedEvaluation, Estimate> measure)
    {
        var e = points.Select(p => measure(p.Evaluation)).ToArray();
        return new CurveInput(name, points.Select(p => p.X).ToArray(), e.Select(v => v.Mean).ToArray(),
            e.Select(v => Math.Max(v.Mean - 2 * v.StdErr, 0)).ToArray(), e.Select(v => v.Mean + 2 * v.StdErr).ToArray(), e.Select(v => v.StdErr).ToArray());
    }

    private static CurveInput[] Curves(PairedEvaluation e, IEnumerable<string> names) => names.Select(n =>
    {
        var c = e.Curve(n);
        return new CurveInput(n, c.N.Select(v => (double)v).ToArray(), c.Mean, c.Lower, c.Upper, c.StdErr);
    }).ToArray();
}
