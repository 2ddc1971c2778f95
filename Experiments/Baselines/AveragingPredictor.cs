using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Baselines;

/// <summary>
/// Garg et al.'s averaging estimator: <c>w_hat = (1/i) sum_{j&lt;i} y_j x_j</c>, prediction <c>x_i . w_hat</c>;
/// 0 at <c>i = 0</c>. Unbiased for <c>w</c> when <c>x ~ N(0, I)</c>, but its variance does not vanish with d.
/// </summary>
public sealed class AveragingPredictor : IPredictor
{
    public string Name => "averaging";

    public Tensor Predict(Prompts prompts)
    {
        var (_, n, _) = PrefixStatistics.Shape(prompts);
        using var scope = NewDisposeScope();
        var c = PrefixStatistics.Moment(prompts.Xs, prompts.Ys);
        var count = PrefixStatistics.Counts(n, prompts.Xs.device).clamp_min(1).view(1, n, 1);
        return PrefixStatistics.Dot(prompts.Xs, c / count).MoveToOuterDisposeScope();
    }
}
