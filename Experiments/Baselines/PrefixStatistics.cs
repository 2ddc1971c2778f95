using IclClaims.Experiments.Tasks;
using TorchSharp;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Baselines;

/// <summary>
/// The sufficient statistics of every prefix of every prompt at once. Problem <c>(b, i)</c> sees examples
/// <c>0 .. i-1</c> of prompt <c>b</c>, so all sums are exclusive cumulative sums along the points axis.
/// </summary>
internal static class PrefixStatistics
{
    /// <summary>Exclusive cumulative sum along dimension 1: entry <c>i</c> holds the sum of entries <c>0 .. i-1</c>.</summary>
    public static Tensor ExclusiveCumsum(Tensor t)
    {
        var inclusive = t.cumsum(1);
        var shape = t.shape.ToArray();
        shape[1] = 1;
        var first = zeros(shape, t.dtype, t.device);
        return cat([first, inclusive.narrow(1, 0, t.shape[1] - 1)], 1);
    }

    /// <summary>Prefix Gram matrices <c>G[b, i] = sum_{j&lt;i} x_j x_j^T</c>, [B, N, D, D].</summary>
    public static Tensor Gram(Tensor xs) => ExclusiveCumsum(xs.unsqueeze(-1) * xs.unsqueeze(-2));

    /// <summary>Prefix moments <c>c[b, i] = sum_{j&lt;i} y_j x_j</c>, [B, N, D].</summary>
    public static Tensor Moment(Tensor xs, Tensor ys) => ExclusiveCumsum(xs * ys.unsqueeze(-1));

    /// <summary>Number of examples each prefix sees, <c>0 .. N-1</c>, as float64 [N].</summary>
    public static Tensor Counts(int points, Device device) => arange(points, float64, device);

    /// <summary>Checks the prompts and returns their (batch, points, dim).</summary>
    public static (int Batch, int Points, int Dim) Shape(Prompts prompts)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        return (prompts.Batch, prompts.Points, prompts.Dim);
    }

    /// <summary>Identity matrix broadcastable against [.., D, D].</summary>
    public static Tensor Eye(int dim, Device device) => eye(dim, dtype: float64, device: device);

    /// <summary>Predictions <c>x_i . w[b, i]</c> for per-problem weights w [B, N, D].</summary>
    public static Tensor Dot(Tensor xs, Tensor w) => (xs * w).sum(-1);
}
