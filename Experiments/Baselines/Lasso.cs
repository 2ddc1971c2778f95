using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Baselines;

/// <summary>
/// The Lasso on the prefix by coordinate descent (greedy coordinate choice, see below), no intercept, with scikit-learn's objective
/// <c>(1 / (2n)) ||y - X w||^2 + alpha ||w||_1</c> (n = examples in the prefix). Garg et al. run scikit-learn's
/// <c>Lasso(alpha, fit_intercept=False)</c> and use <c>alpha = 0.01</c> for sparse linear functions; that is the
/// default here.
/// <para>
/// Every prefix is solved on its own (one CPU thread, plain loops: at d = 20 a tensor call per coordinate step costs
/// far more than the step) from the prefix statistics <c>G = X^T X</c>, <c>c = X^T y</c>, warm-started from the
/// solution of the prefix one example shorter. Each step updates the one coordinate whose exact minimisation lowers
/// the objective most (Gauss-Southwell-q); a cyclic order (scikit-learn's) stalled on prefixes with n much smaller
/// than d, where the columns are nearly collinear. One "sweep" below means d coordinate steps. Like scikit-learn, a
/// problem stops when its duality gap falls below <see cref="Tolerance"/> times <c>||y||^2</c> (both in the same
/// scale). A problem still open after <see cref="MaxSweeps"/> keeps its last iterate (scikit-learn would warn;
/// <see cref="LastUnconverged"/> counts them). At <c>i = 0</c> the prediction is 0.
/// </para>
/// </summary>
public sealed class Lasso : IPredictor
{
    /// <summary>The penalty Garg et al. use for sparse linear functions, and the one every Lasso of the suite takes.</summary>
    public const double DefaultAlpha = 0.01;

    public Lasso(double alpha = DefaultAlpha, int maxSweeps = 1000, double tolerance = 1e-8, bool warmStart = true)
    {
        WarmStart = warmStart;
        if (!(alpha > 0) || !double.IsFinite(alpha)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be positive and finite");
        if (maxSweeps < 1) throw new ArgumentOutOfRangeException(nameof(maxSweeps), maxSweeps, "at least one sweep is needed");
        if (!(tolerance > 0)) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "the tolerance must be positive");
        Alpha = alpha;
        MaxSweeps = maxSweeps;
        Tolerance = tolerance;
    }

    public double Alpha { get; }

    /// <summary>Whether each prefix starts from the previous prefix's solution (the default) or from zero.</summary>
    public bool WarmStart { get; }
    public int MaxSweeps { get; }

    /// <summary>Duality gap at which a problem stops, relative to <c>||y||^2 / n</c> of its prefix.</summary>
    public double Tolerance { get; }

    /// <summary>Sweeps the last <see cref="Predict"/> call needed for its slowest problem (diagnostic).</summary>
    public int LastSweeps { get; private set; }

    /// <summary>Problems of the last <see cref="Predict"/> call that hit <see cref="MaxSweeps"/> (diagnostic).</summary>
    public int LastUnconverged { get; private set; }

    public string Name => $"lasso(alpha={Alpha:g3})";

    public Tensor Predict(Prompts prompts)
    {
        var (_, n, d) = PrefixStatistics.Shape(prompts);
        using var scope = NewDisposeScope();
        var yy = PrefixStatistics.ExclusiveCumsum(prompts.Ys.square());
        var w = Fit(PrefixStatistics.Gram(prompts.Xs), PrefixStatistics.Moment(prompts.Xs, prompts.Ys), yy, n, d);
        return PrefixStatistics.Dot(prompts.Xs, w).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Lasso weights [B, N, D] of every prefix, from the prefix sums G [B, N, D, D], c [B, N, D] and
    /// <c>sum y^2</c> [B, N].
    /// </summary>
    internal Tensor Fit(Tensor g, Tensor c, Tensor yy, int points, int dim)
    {
        var batch = (int)c.shape[0];
        var gs = g.to(float64).contiguous().data<double>().ToArray();
        var cs = c.to(float64).contiguous().data<double>().ToArray();
        var ys = yy.to(float64).contiguous().data<double>().ToArray();
        var weights = new double[cs.Length];
        var slowest = 0;
        var open = 0;
        var solver = new PrefixSolver(dim, Alpha, Tolerance, MaxSweeps);
        for (var b = 0; b < batch; b++)
        {
            // Warm start: each prefix begins from the solution of the prefix one example shorter, which is
            // usually a few coordinate steps away (the empty prefix's solution is 0).
            Array.Clear(solver.W);
            for (var i = 1; i < points; i++)
            {
                if (!WarmStart) Array.Clear(solver.W);
                var problem = b * points + i;
                var sweeps = solver.Solve(gs.AsSpan(problem * dim * dim, dim * dim), cs.AsSpan(problem * dim, dim), ys[problem], i);
                if (sweeps < 0) open++;
                slowest = Math.Max(slowest, Math.Abs(sweeps));
                solver.W.CopyTo(weights.AsSpan(problem * dim, dim));
            }
        }
        LastSweeps = slowest;
        LastUnconverged = open;
        return tensor(weights, c.shape, float64);
    }

    /// <summary>
    /// One prefix's problem in the unscaled form <c>(1/2)||y - X w||^2 + n alpha ||w||_1</c> (the same minimiser),
    /// solved in place from the current <see cref="W"/>. Every step costs O(d) because <c>G w</c> is kept current.
    /// </summary>
    private sealed class PrefixSolver(int dim, double alpha, double tolerance, int maxSweeps)
    {
        /// <summary>How many times the sweep cap a problem gets when both the cap and the exact path fell short.</summary>
        private const int StalledSweeps = 20;

        /// <summary>Sweeps after which a problem counts as stalled and the exact path is tried.</summary>
        private const int StallSweeps = 50;

        private readonly double[] _gw = new double[dim];

        public double[] W { get; } = new double[dim];

        /// <summary>Sweeps used (d steps each), negated when the cap was reached before the duality-gap test passed.</summary>
        public int Solve(ReadOnlySpan<double> g, ReadOnlySpan<double> c, double yy, int n)
        {
            var lambda = alpha * n;
            RecomputeGw(g);
            // Warm-started problems pass the gap test within a few sweeps; one still open after StallSweeps has stalled
            // (n much smaller than d): the exact path then, and if that misses too, sweeps up to the cap and beyond.
            var stall = Math.Min(StallSweeps, maxSweeps);
            if (Descend(g, c, yy, lambda, 0, stall) is { } sweeps) return sweeps;
            if (Homotopy(g, c, yy, lambda)) return Polished(g, c, yy, lambda, stall);
            return Descend(g, c, yy, lambda, stall, StalledSweeps * maxSweeps) ?? -StalledSweeps * maxSweeps;
        }

        /// <summary>Sweeps from <paramref name="from"/> until the gap test passes (then polished) or <paramref name="to"/>; null if it never did.</summary>
        private int? Descend(ReadOnlySpan<double> g, ReadOnlySpan<double> c, double yy, double lambda, int from, int to)
        {
            var w = W;
            for (var sweep = from; sweep < to; sweep++)
            {
                if (DualityGap(c, yy, lambda) <= tolerance * yy) return Polished(g, c, yy, lambda, sweep);
                for (var step = 0; step < dim; step++)
                {
                    // Greedy (Gauss-Southwell-q): the coordinate whose exact minimisation lowers the objective most; a
                    // cyclic order stalls where n is much smaller than d and the columns are nearly collinear.
                    var best = -1;
                    var bestDecrease = 0.0;
                    var bestDelta = 0.0;
                    for (var j = 0; j < dim; j++)
                    {
                        var gjj = g[j * dim + j];
                        if (!(gjj > 0)) continue;
                        var grad = _gw[j] - c[j];
                        var proposed = SoftThreshold(gjj * w[j] - grad, lambda) / gjj;
                        var delta = proposed - w[j];
                        var decrease = delta * grad + 0.5 * gjj * delta * delta + lambda * (Math.Abs(proposed) - Math.Abs(w[j]));
                        if (decrease < bestDecrease) (best, bestDecrease, bestDelta) = (j, decrease, delta);
                    }
                    if (best < 0) break;
                    w[best] += bestDelta;
                    for (var r = 0; r < dim; r++) _gw[r] += g[r * dim + best] * bestDelta;
                }
            }
            return DualityGap(c, yy, lambda) <= tolerance * yy ? Polished(g, c, yy, lambda, to) : null;
        }

        private int Polished(ReadOnlySpan<double> g, ReadOnlySpan<double> c, double yy, double lambda, int sweeps)
        {
            Polish(g, c, yy, lambda);
            return sweeps;
        }

        /// <summary>
        /// Coordinate descent approaches the optimum slowly along flat directions (n much smaller than d), so a small
        /// duality gap can still leave the weights, and a prediction at a new x, visibly off. Once the gap test passes,
        /// the support and signs are normally right: solving the optimality conditions on that support,
        /// <c>G_AA w_A = c_A - lambda sign(w_A)</c>, gives the exact minimiser. It replaces the iterate only when it keeps
        /// the signs and its duality gap is no larger.
        /// </summary>
        private void Polish(ReadOnlySpan<double> g, ReadOnlySpan<double> c, double yy, double lambda)
        {
            var support = new List<int>(dim);
            for (var j = 0; j < dim; j++) if (W[j] != 0) support.Add(j);
            var m = support.Count;
            if (m == 0) return;
            var a = new double[m, m + 1];
            for (var r = 0; r < m; r++)
            {
                for (var q = 0; q < m; q++) a[r, q] = g[support[r] * dim + support[q]];
                a[r, m] = c[support[r]] - lambda * Math.Sign(W[support[r]]);
            }
            if (!SolveInPlace(a, m)) return;
            var before = DualityGap(c, yy, lambda);
            var saved = (double[])W.Clone();
            for (var r = 0; r < m; r++)
            {
                if (Math.Sign(a[r, m]) != Math.Sign(saved[support[r]])) return;
                W[support[r]] = a[r, m];
            }
            RecomputeGw(g);
            if (DualityGap(c, yy, lambda) <= before) return;
            saved.CopyTo(W, 0);
            RecomputeGw(g);
        }

        /// <summary>
        /// The problems coordinate descent cannot finish (measured: about 1 in 4000 at d = 20, where n is much smaller
        /// than d and the greedy steps zigzag) are solved exactly by the Lasso homotopy (LARS with the Lasso
        /// modification, Efron et al. 2004): it follows the piecewise-linear solution path from the penalty at which
        /// w = 0 down to <c>lambda</c>, adding a coordinate when its correlation reaches the path's and dropping one
        /// when it crosses zero, so it ends in finitely many steps with a support of at most n coordinates. Its result
        /// is kept when its duality gap is smaller; true when that gap passes the tolerance.
        /// </summary>
        private bool Homotopy(ReadOnlySpan<double> g, ReadOnlySpan<double> c, double yy, double lambda)
        {
            var saved = (double[])W.Clone();
            var savedGap = DualityGap(c, yy, lambda);
            var w = new double[dim];
            var active = new List<int>(dim);
            var sign = new int[dim];
            var corr = c.ToArray();
            var level = 0.0;
            var first = 0;
            for (var j = 0; j < dim; j++) if (Math.Abs(corr[j]) > level) (level, first) = (Math.Abs(corr[j]), j);
            if (level > lambda)
            {
                active.Add(first);
                sign[first] = Math.Sign(corr[first]);
            }
            var dropped = -1;
            for (var iteration = 0; iteration < 10 * dim && level > lambda && active.Count > 0; iteration++)
            {
                // A coordinate whose correlation rounding has carried past the path's joins now, not never.
                for (var j = 0; j < dim; j++)
                    if (sign[j] == 0 && j != dropped && Math.Abs(corr[j]) >= level * (1 - 1e-12))
                    {
                        sign[j] = Math.Sign(corr[j]);
                        active.Add(j);
                    }
                var m = active.Count;
                var system = new double[m, m + 1];
                for (var r = 0; r < m; r++)
                {
                    for (var q = 0; q < m; q++) system[r, q] = g[active[r] * dim + active[q]];
                    system[r, m] = sign[active[r]];
                }
                if (!SolveInPlace(system, m)) break;
                var direction = new double[dim];
                for (var r = 0; r < m; r++) direction[active[r]] = system[r, m];
                var change = Gradient(g, new double[dim], direction); // G d: how fast each correlation falls
                var step = level - lambda;
                var (joins, drops) = (-1, -1);
                for (var j = 0; j < dim; j++)
                {
                    if (sign[j] != 0)
                    {
                        if (direction[j] != 0 && -w[j] / direction[j] is var t and > 1e-15 && t < step) (step, joins, drops) = (t, -1, j);
                        continue;
                    }
                    foreach (var t in new[] { (level - corr[j]) / (1 - change[j]), (level + corr[j]) / (1 + change[j]) })
                        if (t > 1e-15 && t < step) (step, joins, drops) = (t, j, -1);
                }
                for (var j = 0; j < dim; j++) w[j] += step * direction[j];
                level -= step;
                var residualGradient = Gradient(g, c, w);
                for (var j = 0; j < dim; j++) corr[j] = -residualGradient[j];
                dropped = drops;
                if (drops >= 0)
                {
                    w[drops] = 0;
                    sign[drops] = 0;
                    active.Remove(drops);
                }
                else if (joins >= 0)
                {
                    sign[joins] = Math.Sign(corr[joins]);
                    active.Add(joins);
                }
                else break; // reached lambda
            }
            w.CopyTo(W, 0);
            RecomputeGw(g);
            var gap = DualityGap(c, yy, lambda);
            if (gap <= savedGap) return gap <= tolerance * yy;
            saved.CopyTo(W, 0);
            RecomputeGw(g);
            return false;
        }

        /// <summary><c>G w - c</c>.</summary>
        private double[] Gradient(ReadOnlySpan<double> g, ReadOnlySpan<double> c, double[] w)
        {
            var grad = new double[dim];
            for (var r = 0; r < dim; r++)
            {
                var sum = -c[r];
                for (var j = 0; j < dim; j++) sum += g[r * dim + j] * w[j];
                grad[r] = sum;
            }
            return grad;
        }

        private void RecomputeGw(ReadOnlySpan<double> g)
        {
            for (var r = 0; r < dim; r++)
            {
                var sum = 0.0;
                for (var j = 0; j < dim; j++) sum += g[r * dim + j] * W[j];
                _gw[r] = sum;
            }
        }

        /// <summary>Gaussian elimination with partial pivoting on [A | b]; the solution replaces b. False when singular.</summary>
        private static bool SolveInPlace(double[,] a, int m)
        {
            for (var col = 0; col < m; col++)
            {
                var pivot = col;
                for (var r = col + 1; r < m; r++) if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col])) pivot = r;
                if (!(Math.Abs(a[pivot, col]) > 1e-12 * Math.Max(1, Math.Abs(a[col, col])))) return false;
                if (pivot != col) for (var q = 0; q <= m; q++) (a[col, q], a[pivot, q]) = (a[pivot, q], a[col, q]);
                for (var r = 0; r < m; r++)
                {
                    if (r == col) continue;
                    var f = a[r, col] / a[col, col];
                    if (f == 0) continue;
                    for (var q = col; q <= m; q++) a[r, q] -= f * a[col, q];
                }
            }
            for (var r = 0; r < m; r++) a[r, m] /= a[r, r];
            return true;
        }

        /// <summary>scikit-learn's duality gap, in terms of G, c and y^T y (unscaled).</summary>
        private double DualityGap(ReadOnlySpan<double> c, double yy, double lambda)
        {
            double wc = 0, wgw = 0, l1 = 0, gradInf = 0;
            for (var j = 0; j < dim; j++)
            {
                wc += W[j] * c[j];
                wgw += W[j] * _gw[j];
                l1 += Math.Abs(W[j]);
                gradInf = Math.Max(gradInf, Math.Abs(c[j] - _gw[j]));
            }
            var residual = Math.Max(0, yy - 2 * wc + wgw);
            var s = gradInf > lambda ? lambda / gradInf : 1;
            return 0.5 * residual * (1 + s * s) + lambda * l1 - s * (yy - wc);
        }

        private static double SoftThreshold(double z, double t) => z > t ? z - t : z < -t ? z + t : 0;
    }
}
