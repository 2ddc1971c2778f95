using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Baselines;

/// <summary>
/// The engine of <see cref="SinusoidOracle"/> and <see cref="LinearSineFamilyFit"/>: for every (prompt, prefix) problem,
/// ridge-stabilised least squares of y on the features <c>[x,] sin(omega x), cos(omega x)</c> for every omega of a
/// grid, keeping per problem the omega with the smallest residual sum of squares on the prefix, then optionally
/// refining that omega locally on finer grids. The 2x2 / 3x3 normal equations are solved in closed form
/// (adjugate), elementwise over all problems.
/// </summary>
internal sealed class FrequencyGridFit
{
    /// <summary>Omegas evaluated together in the grid stage (bounds memory: about 20 tensors of [B, N, chunk]).</summary>
    private const int GridChunk = 16;

    /// <summary>Prompts fitted together (bounds the refinement's memory: about 20 tensors of [block, N, N]).</summary>
    private const long PromptBlock = 500;

    private readonly double[] _grid;

    public FrequencyGridFit(IReadOnlyList<double> grid, bool withLinear, double ridge, int refineLevels, int refinePoints)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (grid.Count == 0 || grid.Any(w => !(w > 0) || !double.IsFinite(w)))
            throw new ArgumentException("the frequency grid needs at least one positive finite omega", nameof(grid));
        if (!(ridge >= 0) || !double.IsFinite(ridge)) throw new ArgumentOutOfRangeException(nameof(ridge), ridge, "the ridge must be non-negative");
        if (refineLevels < 0) throw new ArgumentOutOfRangeException(nameof(refineLevels), refineLevels, "refinement levels must be non-negative");
        if (refineLevels > 0 && refinePoints < 3)
            throw new ArgumentOutOfRangeException(nameof(refinePoints), refinePoints, "refinement needs at least 3 points per level");
        _grid = grid.OrderBy(w => w).ToArray();
        WithLinear = withLinear;
        Ridge = ridge;
        RefineLevels = refineLevels;
        RefinePoints = refinePoints;
    }

    public IReadOnlyList<double> Grid => _grid;
    public bool WithLinear { get; }
    public double Ridge { get; }
    public int RefineLevels { get; }
    public int RefinePoints { get; }

    /// <summary><paramref name="count"/> log-spaced values from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static double[] LogSpaced(double min, double max, int count)
    {
        if (!(min > 0) || !(max >= min) || !double.IsFinite(max)) throw new ArgumentOutOfRangeException(nameof(min), $"need 0 < min <= max, got [{min}, {max}]");
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "at least one omega");
        if (count == 1) return [min];
        var step = Math.Log(max / min) / (count - 1);
        return Enumerable.Range(0, count).Select(i => min * Math.Exp(step * i)).ToArray();
    }

    /// <summary>Predictions [B, N], the chosen omega [B, N] and its prefix residual sum of squares [B, N].</summary>
    public (Tensor Prediction, Tensor Omega, Tensor Rss) Fit(Prompts prompts)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        if (prompts.Dim != 1) throw new ArgumentException($"the frequency fits take one-dimensional inputs, got d = {prompts.Dim}", nameof(prompts));
        using var scope = NewDisposeScope();
        var x = prompts.Xs.squeeze(-1);
        var y = prompts.Ys;
        // Each prompt's fit is its own: a block of prompts at a time bounds the refinement's [B, N, N] tensors.
        var blocks = new List<(Tensor Prediction, Tensor Omega, Tensor Rss)>();
        for (long start = 0; start < x.shape[0]; start += PromptBlock)
        {
            var length = Math.Min(PromptBlock, x.shape[0] - start);
            blocks.Add(FitBlock(x.narrow(0, start, length), y.narrow(0, start, length)));
        }
        return (cat(blocks.Select(b => b.Prediction).ToList(), 0).MoveToOuterDisposeScope(),
            cat(blocks.Select(b => b.Omega).ToList(), 0).MoveToOuterDisposeScope(),
            cat(blocks.Select(b => b.Rss).ToList(), 0).MoveToOuterDisposeScope());
    }

    private (Tensor Prediction, Tensor Omega, Tensor Rss) FitBlock(Tensor x, Tensor y)
    {
        using var scope = NewDisposeScope();
        var device = x.device;
        var yy = PrefixStatistics.ExclusiveCumsum(y * y);

        // Grid stage: features over [B, N, m] for a chunk of m omegas; prefix sums are exclusive cumsums over points.
        Tensor? bestRss = null, bestPred = null, bestOmega = null;
        for (var start = 0; start < _grid.Length; start += GridChunk)
        {
            using var chunkScope = NewDisposeScope();
            var omegas = tensor(_grid.Skip(start).Take(GridChunk).ToArray(), float64, device);
            var phase = x.unsqueeze(-1) * omegas;
            var feats = Features(x.unsqueeze(-1), phase);
            var (pred, rss) = Solve(feats, feats, y.unsqueeze(-1), yy.unsqueeze(-1), PrefixStatistics.ExclusiveCumsum);
            var (minRss, arg) = rss.min(-1);
            var chunkPred = pred.gather(-1, arg.unsqueeze(-1)).squeeze(-1);
            var chunkOmega = omegas.index(arg);
            if (bestRss is null)
            {
                bestRss = minRss.MoveToOuterDisposeScope();
                bestPred = chunkPred.MoveToOuterDisposeScope();
                bestOmega = chunkOmega.MoveToOuterDisposeScope();
            }
            else
            {
                var better = minRss < bestRss;
                bestRss = where(better, minRss, bestRss).MoveToOuterDisposeScope();
                bestPred = where(better, chunkPred, bestPred!).MoveToOuterDisposeScope();
                bestOmega = where(better, chunkOmega, bestOmega!).MoveToOuterDisposeScope();
            }
        }

        // Refinement: around each problem's omega, on a log grid spanning one coarse step either side, then shrinking.
        // Each problem now has its own omega, so prefix sums are masked sums over [B, N (problem i), N (example j)].
        var n = x.shape[1];
        var mask = ones(n, n, float64, device).tril(-1); // mask[i, j] = 1 when j < i
        Tensor MaskedSum(Tensor t) => (t * mask).sum(-1);
        var halfWidth = _grid.Length > 1 ? Math.Log(_grid[1] / _grid[0]) : 0.1;
        var xj = x.unsqueeze(1);
        for (var level = 0; level < RefineLevels; level++)
        {
            var center = bestOmega!.clone();
            for (var p = 0; p < RefinePoints; p++)
            {
                var t = -1 + 2.0 * p / (RefinePoints - 1);
                if (t == 0) continue; // the centre is the incumbent
                using var candidateScope = NewDisposeScope();
                var omega = center * Math.Exp(t * halfWidth);
                var featsJ = Features(xj, omega.unsqueeze(-1) * xj);
                var featsI = Features(x, omega * x);
                var (pred, rss) = Solve(featsJ, featsI, y.unsqueeze(1), yy, MaskedSum);
                var better = rss < bestRss!;
                bestRss = where(better, rss, bestRss!).MoveToOuterDisposeScope();
                bestPred = where(better, pred, bestPred!).MoveToOuterDisposeScope();
                bestOmega = where(better, omega, bestOmega!).MoveToOuterDisposeScope();
            }
            halfWidth *= 2.0 / (RefinePoints - 1);
        }
        return (bestPred!.MoveToOuterDisposeScope(), bestOmega!.MoveToOuterDisposeScope(), bestRss!.MoveToOuterDisposeScope());
    }

    private Tensor[] Features(Tensor x, Tensor phase) =>
        WithLinear ? [x, phase.sin(), phase.cos()] : [phase.sin(), phase.cos()];

    /// <summary>
    /// Fits from features over the examples (<paramref name="fitFeatures"/>, summed by <paramref name="sum"/>) and
    /// predicts with the features at the query point (<paramref name="queryFeatures"/>).
    /// </summary>
    private (Tensor Prediction, Tensor Rss) Solve(Tensor[] fitFeatures, Tensor[] queryFeatures, Tensor y, Tensor yy, Func<Tensor, Tensor> sum)
    {
        var p = fitFeatures.Length;
        var s = new Tensor[p, p];
        var t = new Tensor[p];
        for (var a = 0; a < p; a++)
        {
            t[a] = sum(fitFeatures[a] * y);
            for (var b = a; b < p; b++) s[a, b] = s[b, a] = sum(fitFeatures[a] * fitFeatures[b]);
        }
        for (var a = 0; a < p; a++) s[a, a] = s[a, a] + Ridge;
        var beta = p == 2 ? Solve2(s, t) : Solve3(s, t);
        // With (S + r I) beta = t, the unregularised residual is yy - 2 beta.t + beta^T S beta = yy - beta.t - r |beta|^2.
        Tensor bt = beta[0] * t[0], bb = beta[0] * beta[0], pred = beta[0] * queryFeatures[0];
        for (var a = 1; a < p; a++)
        {
            bt = bt + beta[a] * t[a];
            bb = bb + beta[a] * beta[a];
            pred = pred + beta[a] * queryFeatures[a];
        }
        var rss = (yy - bt - Ridge * bb).clamp_min(0);
        return (pred, rss);
    }

    private static Tensor[] Solve2(Tensor[,] s, Tensor[] t)
    {
        var det = s[0, 0] * s[1, 1] - s[0, 1] * s[0, 1];
        var safe = where(det > 0, det, ones_like(det));
        var valid = (det > 0).to(float64);
        return [(s[1, 1] * t[0] - s[0, 1] * t[1]) / safe * valid, (s[0, 0] * t[1] - s[0, 1] * t[0]) / safe * valid];
    }

    private static Tensor[] Solve3(Tensor[,] s, Tensor[] t)
    {
        // Adjugate of the symmetric 3x3 matrix.
        var c00 = s[1, 1] * s[2, 2] - s[1, 2] * s[1, 2];
        var c01 = s[0, 2] * s[1, 2] - s[0, 1] * s[2, 2];
        var c02 = s[0, 1] * s[1, 2] - s[0, 2] * s[1, 1];
        var c11 = s[0, 0] * s[2, 2] - s[0, 2] * s[0, 2];
        var c12 = s[0, 1] * s[0, 2] - s[0, 0] * s[1, 2];
        var c22 = s[0, 0] * s[1, 1] - s[0, 1] * s[0, 1];
        var det = s[0, 0] * c00 + s[0, 1] * c01 + s[0, 2] * c02;
        var safe = where(det > 0, det, ones_like(det));
        var valid = (det > 0).to(float64);
        return
        [
            (c00 * t[0] + c01 * t[1] + c02 * t[2]) / safe * valid,
            (c01 * t[0] + c11 * t[1] + c12 * t[2]) / safe * valid,
            (c02 * t[0] + c12 * t[1] + c22 * t[2]) / safe * valid,
        ];
    }
}
