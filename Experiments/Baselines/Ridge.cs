using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Baselines;

/// <summary>
/// Ridge regression on the prefix, no intercept: minimises <c>||y - X w||^2 + lambda ||w||^2</c> (scikit-learn's
/// scaling), <c>w = (G + lambda I)^{-1} c</c>. With <c>lambda = sigma^2</c> this is the posterior mean under
/// <c>w ~ N(0, I)</c> and Gaussian noise of variance <c>sigma^2</c>.
/// </summary>
public sealed class Ridge : IPredictor
{
    public Ridge(double lambda = 0.01)
    {
        if (!(lambda > 0) || !double.IsFinite(lambda))
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "lambda must be positive and finite");
        Lambda = lambda;
    }

    public double Lambda { get; }

    public string Name => $"ridge(lambda={Lambda:g3})";

    public Tensor Predict(Prompts prompts)
    {
        var (_, _, d) = PrefixStatistics.Shape(prompts);
        using var scope = NewDisposeScope();
        var g = PrefixStatistics.Gram(prompts.Xs) + Lambda * PrefixStatistics.Eye(d, prompts.Xs.device);
        var c = PrefixStatistics.Moment(prompts.Xs, prompts.Ys);
        var chol = linalg.cholesky(g);
        var w = cholesky_solve(c.unsqueeze(-1), chol).squeeze(-1);
        return PrefixStatistics.Dot(prompts.Xs, w).MoveToOuterDisposeScope();
    }
}
