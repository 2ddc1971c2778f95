using IclClaims.Experiments.Evaluation;
using M = IclClaims.Experiments.Claims.ModelSelectionMeasurements;
using R = IclClaims.Experiments.Claims.ModelSelectionThresholds.Reasons;

namespace IclClaims.Experiments.Claims;

/// <summary>Turns the measurements of claims 1–3 into checks against thresholds.</summary>
public static class ModelSelectionClaims
{
    /// <summary>Claim 1: the mixture selects the right class on dense and on sparse tasks; the specialists fail off their class.</summary>
    public static IReadOnlyList<ClaimCheck> NearOptimalSelection(M m, ModelSelectionThresholds t)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(t);
        var last = m.Dense.Prompts.Points - 1;
        var (lo, hi) = m.BelowDim;
        return
        [
            WorstPosition("dense tasks: mixture - dense-only", m.Dense.Difference(M.Mixture, M.DenseOnly), t.SelectionMargin, R.SelectionMargin),
            AtLeast("dense tasks: sparse-only - dense-only, n > k", m.Dense.DifferenceOver(M.SparseOnly, M.DenseOnly, m.NonZeros + 1, last), t.SpecialistGap, R.SpecialistGap),
            WorstPosition("sparse tasks: mixture - sparse-only", m.Sparse.Difference(M.Mixture, M.SparseOnly), t.SelectionMargin, R.SelectionMargin),
            AtLeast("sparse tasks: least squares - mixture, n < d", m.Sparse.DifferenceOver(M.LeastSquares, M.Mixture, lo, hi), t.BelowLeastSquares, R.BelowLeastSquares),
            AtLeast("sparse tasks: dense-only - sparse-only, n < d", m.Sparse.DifferenceOver(M.DenseOnly, M.SparseOnly, lo, hi), t.SpecialistGap, R.SpecialistGap),
            AtMost("sparse tasks: |dense-only - least squares|, n < d", Abs(m.Sparse.DifferenceOver(M.DenseOnly, M.LeastSquares, lo, hi)), t.DenseOnlyLikeLeastSquares, R.DenseOnlyLikeLeastSquares),
            AtMost("sparse tasks: mixture - Bayes-optimal, n < d", m.Sparse.DifferenceOver(M.Mixture, M.Bayes, lo, hi), t.MixtureToBayes, R.MixtureToBayes),
        ];
    }

    /// <summary>Claim 2: over the whole curve the mixture pays at most a small fraction over the best specialist on each class.</summary>
    public static IReadOnlyList<ClaimCheck> SelectionCost(M m, ModelSelectionThresholds t)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(t);
        return
        [
            RelativeCost("dense tasks", m.Dense, M.DenseOnly, t.SelectionCostFraction),
            RelativeCost("sparse tasks", m.Sparse, M.SparseOnly, t.SelectionCostFraction),
        ];
    }

    /// <summary>Claim 3: at the sparsity extremes the mixture matches the matching specialist; in between it matches neither.</summary>
    public static IReadOnlyList<ClaimCheck> InBetweenSparsity(M m, ModelSelectionThresholds t)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(t);
        var (lo, hi) = m.BelowDim;
        var atSparse = m.Sweep.Single(s => s.NonZeros == m.NonZeros).Evaluation;
        var atDense = m.Sweep.Single(s => s.NonZeros == m.Dim).Evaluation;
        var middleK = MiddleSparsity(m.NonZeros, m.Dim);
        var middle = m.Sweep.Single(s => s.NonZeros == middleK).Evaluation;

        var toSparse = Relative(middle.DistanceOver(M.Mixture, M.SparseOnly, lo, hi), middle.DistanceOver(M.DenseOnly, M.SparseOnly, lo, hi));
        var toDense = Relative(middle.DistanceOver(M.Mixture, M.DenseOnly, lo, hi), middle.DistanceOver(M.DenseOnly, M.SparseOnly, lo, hi));
        return
        [
            AtMost($"nnz = {m.NonZeros}: distance to sparse-only / specialists' distance",
                Relative(atSparse.DistanceOver(M.Mixture, M.SparseOnly, lo, hi), atSparse.DistanceOver(M.DenseOnly, M.SparseOnly, lo, hi)),
                t.EndDistanceFraction, R.EndDistanceFraction),
            AtMost($"nnz = {m.Dim}: distance to dense-only / specialists' distance",
                Relative(atDense.DistanceOver(M.Mixture, M.DenseOnly, lo, hi), atDense.DistanceOver(M.DenseOnly, M.SparseOnly, lo, hi)),
                t.EndDistanceFraction, R.EndDistanceFraction),
            AtLeast($"nnz = {middleK}: distance to sparse-only / specialists' distance", toSparse, t.MiddleDistanceFraction, R.MiddleDistanceFraction),
            AtLeast($"nnz = {middleK}: distance to dense-only / specialists' distance", toDense, t.MiddleDistanceFraction, R.MiddleDistanceFraction),
        ];
    }

    /// <summary>The sparsity level half way between the two pretraining classes.</summary>
    public static int MiddleSparsity(int nonZeros, int dim) => (nonZeros + dim + 1) / 2;

    private static ClaimCheck RelativeCost(string label, PairedEvaluation e, string specialist, double fraction)
    {
        var last = e.Prompts.Points - 1;
        var baseline = e.ErrorOver(specialist, 0, last);
        var extra = e.DifferenceOver(M.Mixture, specialist, 0, last);
        return AtMost($"{label}: (area(mixture) - area({specialist})) / area({specialist})", Relative(extra, baseline), fraction, R.SelectionCostFraction);
    }

    /// <summary>A ratio whose denominator is much better determined than its numerator: its error is the numerator's, scaled.</summary>
    private static Estimate Relative(Estimate numerator, Estimate denominator) =>
        new(numerator.Mean / denominator.Mean, numerator.StdErr / denominator.Mean);

    private static Estimate Abs(Estimate e) => e with { Mean = Math.Abs(e.Mean) };

    /// <summary>The position whose upper confidence bound is largest: if it passes, every position passes.</summary>
    private static ClaimCheck WorstPosition(string name, LearningCurve difference, double threshold, string reason)
    {
        var worst = Enumerable.Range(0, difference.N.Length).MaxBy(i => difference.Mean[i] + ClaimCheck.Z * difference.StdErr[i]);
        return new ClaimCheck($"{name}, worst n = {difference.N[worst]}", difference.Mean[worst], difference.StdErr[worst], Comparison.AtMost, threshold, reason);
    }

    private static ClaimCheck AtMost(string name, Estimate e, double threshold, string reason) => new(name, e.Mean, e.StdErr, Comparison.AtMost, threshold, reason);

    private static ClaimCheck AtLeast(string name, Estimate e, double threshold, string reason) => new(name, e.Mean, e.StdErr, Comparison.AtLeast, threshold, reason);
}
