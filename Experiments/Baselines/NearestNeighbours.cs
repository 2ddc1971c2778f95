using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Baselines;

/// <summary>
/// k-nearest neighbours (Garg et al.: k = 3, uniform weights): the mean <c>y</c> of the <c>k</c> previous examples
/// whose <c>x</c> is closest (Euclidean) to <c>x_i</c>; fewer when fewer precede <c>i</c>; 0 at <c>i = 0</c>.
/// </summary>
public sealed class NearestNeighbours : IPredictor
{
    public NearestNeighbours(int k = 3)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be at least 1");
        K = k;
    }

    public int K { get; }

    public string Name => $"knn(k={K})";

    public Tensor Predict(Prompts prompts)
    {
        var (b, n, _) = PrefixStatistics.Shape(prompts);
        using var scope = NewDisposeScope();
        var device = prompts.Xs.device;
        // Squared distances [B, N (query i), N (candidate j)]; candidates j >= i are pushed to +infinity.
        var dist = cdist(prompts.Xs, prompts.Xs).square();
        var future = ones(n, n, @bool, device).triu();
        dist = dist.masked_fill(future.unsqueeze(0), double.PositiveInfinity);
        var take = Math.Min(K, n);
        var (nearest, index) = dist.topk(take, dim: -1, largest: false);
        var ys = prompts.Ys.unsqueeze(1).expand(b, n, n).gather(-1, index);
        var valid = nearest.isfinite().to(float64);
        var count = valid.sum(-1);
        var mean = (ys * valid).sum(-1) / count.clamp_min(1);
        return mean.MoveToOuterDisposeScope();
    }
}
