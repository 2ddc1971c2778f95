using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Baselines;

/// <summary>
/// Ordinary least squares on the prefix, minimum-norm when the prefix has fewer than d examples (the
/// "interpolating" solution Garg et al. plot): <c>w = G^+ c</c> with <c>G = X^T X</c>, <c>c = X^T y</c>, which equals
/// <c>X^+ y</c>. All B x N problems are solved in one batched symmetric pseudo-inverse.
/// </summary>
public sealed class LeastSquares : IPredictor
{
    /// <param name="relativeTolerance">
    /// Eigenvalues of G below this fraction of its largest are treated as zero. G squares the condition number of X,
    /// so 1e-12 on G keeps singular values of X down to 1e-6 of the largest, yet stays well above the float64 round-off
    /// that turns G's exact zero eigenvalues (n &lt; d) into about 1e-15 of the largest. (1e-10 cut a genuine direction of
    /// a square Gaussian design in about 1 prompt in 2000.)
    /// </param>
    public LeastSquares(double relativeTolerance = 1e-12)
    {
        if (!(relativeTolerance > 0 && relativeTolerance < 1))
            throw new ArgumentOutOfRangeException(nameof(relativeTolerance), relativeTolerance, "the tolerance must lie in (0, 1)");
        RelativeTolerance = relativeTolerance;
    }

    public double RelativeTolerance { get; }

    public string Name => BaselineCatalog.LeastSquaresName;

    public Tensor Predict(Prompts prompts)
    {
        PrefixStatistics.Shape(prompts);
        using var scope = NewDisposeScope();
        var g = PrefixStatistics.Gram(prompts.Xs);
        var c = PrefixStatistics.Moment(prompts.Xs, prompts.Ys);
        var w = Solve(g, c, RelativeTolerance);
        return PrefixStatistics.Dot(prompts.Xs, w).MoveToOuterDisposeScope();
    }

    /// <summary>Minimum-norm solutions of <c>G w = c</c> for symmetric positive semi-definite G [.., D, D], c [.., D].</summary>
    internal static Tensor Solve(Tensor g, Tensor c, double relativeTolerance)
    {
        // An all-zero G (the empty prefix) has no positive eigenvalue; pinv returns 0 there, as it should.
        var pinv = linalg.pinv(g, atol: 0, rtol: relativeTolerance, hermitian: true);
        return matmul(pinv, c.unsqueeze(-1)).squeeze(-1);
    }
}
