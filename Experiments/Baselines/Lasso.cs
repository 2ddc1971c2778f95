using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Baselines;

/// <summary>
/// The Lasso on the prefix by cyclic coordinate descent, no intercept, with scikit-learn's objective
/// <c>(1 / (2n)) ||y - X w||^2 + alpha ||w||_1</c> (n = examples in the prefix). Garg et al. run scikit-learn's
/// <c>Lasso(alpha, fit_intercept=False)</c> and use <c>alpha = 0.01</c> for sparse linear functions; that is the
/// default here. All B x N problems run together from the prefix statistics <c>G = X^T X</c>, <c>c = X^T y</c>: the
/// coordinate update <c>w_j = S(c_j - (G w)_j + G_jj w_j, n alpha) / G_jj</c> (S = soft threshold) needs only them.
/// Sweeps stop when no coordinate of any problem moved more than <see cref="Tolerance"/> in a sweep, or after
/// <see cref="MaxSweeps"/>. At <c>i = 0</c> the prediction is 0.
/// </summary>
public sealed class Lasso : IPredictor
{
    public Lasso(double alpha = 0.01, int maxSweeps = 1000, double tolerance = 1e-9)
    {
        if (!(alpha > 0) || !double.IsFinite(alpha)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be positive and finite");
        if (maxSweeps < 1) throw new ArgumentOutOfRangeException(nameof(maxSweeps), maxSweeps, "at least one sweep is needed");
        if (!(tolerance > 0)) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "the tolerance must be positive");
        Alpha = alpha;
        MaxSweeps = maxSweeps;
        Tolerance = tolerance;
    }

    public double Alpha { get; }
    public int MaxSweeps { get; }
    public double Tolerance { get; }

    /// <summary>Sweeps the last <see cref="Predict"/> call needed (diagnostic).</summary>
    public int LastSweeps { get; private set; }

    public string Name => $"lasso(alpha={Alpha:g3})";

    public Tensor Predict(Prompts prompts)
    {
        var (_, n, d) = PrefixStatistics.Shape(prompts);
        using var scope = NewDisposeScope();
        var w = Fit(PrefixStatistics.Gram(prompts.Xs), PrefixStatistics.Moment(prompts.Xs, prompts.Ys), n, d);
        return PrefixStatistics.Dot(prompts.Xs, w).MoveToOuterDisposeScope();
    }

    /// <summary>Lasso weights [B, N, D] of every prefix.</summary>
    internal Tensor Fit(Tensor g, Tensor c, int points, int dim)
    {
        var threshold = (Alpha * PrefixStatistics.Counts(points, g.device)).view(1, points);
        // Columns of G, contiguous, and the diagonal; a zero diagonal (no data on that coordinate) keeps w_j = 0.
        var columns = Enumerable.Range(0, dim).Select(j => g.select(-1, j).contiguous()).ToArray();
        var diag = g.diagonal(dim1: -2, dim2: -1);
        var safeDiag = where(diag > 0, diag, ones_like(diag));
        var active = (diag > 0).to(float64);
        var w = zeros_like(c);
        var gw = zeros_like(c); // G w, kept current
        LastSweeps = 0;
        for (var sweep = 0; sweep < MaxSweeps; sweep++)
        {
            using var sweepScope = NewDisposeScope();
            var maxChange = zeros(1, float64, g.device);
            for (var j = 0; j < dim; j++)
            {
                var wj = w.select(-1, j);
                var gjj = diag.select(-1, j);
                var rho = c.select(-1, j) - gw.select(-1, j) + gjj * wj;
                var shrunk = rho.sign() * (rho.abs() - threshold).clamp_min(0);
                var updated = shrunk / safeDiag.select(-1, j) * active.select(-1, j);
                var delta = updated - wj;
                wj.copy_(updated);
                gw.add_(columns[j] * delta.unsqueeze(-1));
                maxChange = maximum(maxChange, delta.abs().max());
            }
            LastSweeps = sweep + 1;
            if (maxChange.item<double>() < Tolerance) break;
        }
        return w;
    }
}
