using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Baselines;

/// <summary>
/// Least squares restricted to the true support (an oracle: it is told <see cref="Prompts.Support"/>), minimum-norm
/// within the support while the prefix has fewer than k examples; weights off the support are 0. Exact once the
/// prefix has k examples in general position.
/// </summary>
public sealed class OracleLeastSquares : IPredictor
{
    public OracleLeastSquares(double relativeTolerance = 1e-12)
    {
        if (!(relativeTolerance > 0 && relativeTolerance < 1))
            throw new ArgumentOutOfRangeException(nameof(relativeTolerance), relativeTolerance, "the tolerance must lie in (0, 1)");
        RelativeTolerance = relativeTolerance;
    }

    public double RelativeTolerance { get; }

    public string Name => BaselineCatalog.OracleName;

    public Tensor Predict(Prompts prompts)
    {
        var (b, _, d) = PrefixStatistics.Shape(prompts);
        if (prompts.Support is null)
            throw new ArgumentException("the oracle least squares needs the true support, but these prompts carry none (Prompts.Support is null)", nameof(prompts));
        if (prompts.Support.shape[0] != b || prompts.Support.shape[1] != d)
            throw new ArgumentException($"Prompts.Support must be [batch, dim] = [{b}, {d}]", nameof(prompts));
        using var scope = NewDisposeScope();
        // Zeroing the off-support coordinates of x makes the problem exactly the support-restricted one: the
        // off-support block of G is 0, so the minimum-norm solution puts 0 there.
        var mask = prompts.Support.to(float64).unsqueeze(1);
        var xs = prompts.Xs * mask;
        var g = PrefixStatistics.Gram(xs);
        var c = PrefixStatistics.Moment(xs, prompts.Ys);
        var w = LeastSquares.Solve(g, c, RelativeTolerance);
        return PrefixStatistics.Dot(xs, w).MoveToOuterDisposeScope();
    }
}
