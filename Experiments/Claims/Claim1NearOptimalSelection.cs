using IclClaims.Experiments.Baselines;
using M = IclClaims.Experiments.Claims.ModelSelectionMeasurements;

namespace IclClaims.Experiments.Claims;

/// <summary>
/// Claim 1 (figures F1a, F1b): pretrained on a dense/sparse mixture, the model selects the matching class on each and
/// performs like the specialist of that class, while each specialist fails off its class; the specialists behave like
/// least squares (dense) and Lasso (sparse), the paper's evidence of near-optimality; and no predictor beats the
/// Bayes-optimal one, whose gap to each model is reported beside the checks. Bars: Ci, seeds 1-3 (docs/status.md,
/// "Measured effects, Ci"); one bar for every profile until another is measured.
/// </summary>
public sealed class Claim1NearOptimalSelection() : Claim(1, "Mixture model selects dense or sparse near-optimally", ClaimSetting.Linear)
{
    /// <summary>A small margin on the normalised scale, where the zero predictor scores 1; set before the measurements and not moved after them (docs/status.md).</summary>
    public static readonly Bar SelectionMargin = new(0.05, "mixture within this of the matching specialist at every n (normalised error)");

    /// <summary>"Clearly worse" off its class: at least the selection margin (measured values: docs/status.md, "Measured effects").</summary>
    public static readonly Bar SpecialistGap = new(0.05, "the off-class specialist is at least this much worse (mean over the window)");

    /// <summary>A tenth of the sparse specialist's gain over least squares below n = d, rounded up (measured values: docs/status.md, "Measured effects").</summary>
    public static readonly Bar BelowLeastSquares = new(0.03, "on sparse tasks the mixture beats least squares by at least this below n = d");

    /// <summary>"Behaves like least squares": within the selection margin of it (measured values: docs/status.md, "Measured effects").</summary>
    public static readonly Bar DenseOnlyLikeLeastSquares = new(0.05, "the dense model stays within this of least squares on sparse tasks below n = d");

    /// <summary>
    /// The paper's evidence that the specialists are near-optimal is that they behave like least squares and Lasso
    /// (docs/paper.md): "at least half" of Lasso's gain is a bar not fitted to a measurement
    /// (docs/status.md, "Claim 1 and the Bayes-optimal reference").
    /// </summary>
    public static readonly Bar LassoShare = new(0.5, "the sparse model captures at least this share of Lasso's gain over least squares below n = d");

    /// <summary>
    /// A law, not a claim: nothing beats the Bayes-optimal predictor of a class on that class. 1e-3 is ten times the
    /// reference's own distance from the noise-free limit (BayesLinearPredictor.NoiseFreeSigma2); a clear violation
    /// means a wrong reference or a wrong evaluation. It replaces "mixture within 0.10 of Bayes" (docs/status.md).
    /// </summary>
    public static readonly Bar NoneBeatsBayes = new(1e-3, "no predictor is clearly better than the class's Bayes-optimal predictor below n = d");

    protected override IReadOnlyList<ClaimCheck> ChecksOf(ProfileMeasurements m)
    {
        var l = m.Linear;
        var last = l.Dense.Prompts.Points - 1;
        var (lo, hi) = l.BelowDim;
        return
        [
            SelectionMargin.AtMostAtEveryPosition("dense tasks: mixture - dense model", l.Dense.Difference(M.Mixture, M.DenseOnly)),
            SpecialistGap.AtLeast("dense tasks: sparse model - dense model, n > k", l.Dense.DifferenceOver(M.SparseOnly, M.DenseOnly, l.NonZeros + 1, last)),
            SelectionMargin.AtMostAtEveryPosition("sparse tasks: mixture - sparse model", l.Sparse.Difference(M.Mixture, M.SparseOnly)),
            BelowLeastSquares.AtLeast("sparse tasks: least squares - mixture, n < d", l.Sparse.DifferenceOver(M.LeastSquares, M.Mixture, lo, hi)),
            SpecialistGap.AtLeast("sparse tasks: dense model - sparse model, n < d", l.Sparse.DifferenceOver(M.DenseOnly, M.SparseOnly, lo, hi)),
            DenseOnlyLikeLeastSquares.AtMost("sparse tasks: |dense model - least squares|, n < d", l.Sparse.DifferenceOver(M.DenseOnly, M.LeastSquares, lo, hi).Magnitude()),
            LassoShare.AtLeast($"sparse tasks: sparse model's share of Lasso's gain over least squares, n = {l.NonZeros + 1}..{hi}",
                l.Sparse.ShareOfGainOver(M.SparseOnly, M.Lasso, M.LeastSquares, l.NonZeros + 1, hi)),
            LargestGainOverBayes("dense tasks", l.Dense, l.DenseBayes, lo, hi),
            LargestGainOverBayes("sparse tasks", l.Sparse, l.SparseBayes, lo, hi),
        ];
    }

    /// <summary>Every model's distance from the best possible on each class, below n = d: what "near-optimal" leaves.</summary>
    protected override IReadOnlyList<ReportedValue> ReportedOf(ProfileMeasurements m)
    {
        var l = m.Linear;
        var (lo, hi) = l.BelowDim;
        return
        [
            .. M.Models.Select(model => new ReportedValue($"dense tasks: {model} - {l.DenseBayes}, n = {lo}..{hi}", l.Dense.DifferenceOver(model, l.DenseBayes, lo, hi))),
            .. M.Models.Select(model => new ReportedValue($"sparse tasks: {model} - {l.SparseBayes}, n = {lo}..{hi}", l.Sparse.DifferenceOver(model, l.SparseBayes, lo, hi))),
        ];
    }

    /// <summary>
    /// The predictor that gains most over the class's Bayes-optimal one (by the lower bound of its gain): if it does not
    /// clearly beat Bayes, none does. The support oracle is left out: it is told the support, which no prompt shows.
    /// </summary>
    private static ClaimCheck LargestGainOverBayes(string label, PairedEvaluation e, string bayes, int from, int to)
    {
        var rivals = e.Predictors.Where(p => p != bayes && p != M.OracleSupport && !p.StartsWith(BaselineCatalog.BayesName, StringComparison.Ordinal));
        var (name, gain) = rivals.Select(p => (p, e.DifferenceOver(bayes, p, from, to))).MaxBy(r => r.Item2.Mean - ClaimCheck.Z * r.Item2.StdErr);
        return NoneBeatsBayes.NotClearlyAbove($"{label}: {bayes} - {name} (the largest gain over Bayes), n = {from}..{to}", gain);
    }

    protected override IReadOnlyList<FigureData> FiguresOf(ProfileMeasurements m) => [F1a(m.Linear), F1b(m.Linear)];

    /// <summary>F1a: learning curves on dense tasks, the three models against least squares and Bayes.</summary>
    public static FigureData F1a(M m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return PaperFigures.F1a(FigureInputs.Curves(m.Dense, M.Models), FigureInputs.Curves(m.Dense, [M.LeastSquares, m.Bayes, m.DenseBayes]));
    }

    /// <summary>F1b: learning curves on sparse tasks, with Lasso and the support oracle besides.</summary>
    public static FigureData F1b(M m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return PaperFigures.F1b(FigureInputs.Curves(m.Sparse, M.Models), FigureInputs.Curves(m.Sparse, [M.LeastSquares, M.Lasso, m.Bayes, m.SparseBayes, M.OracleSupport]));
    }

    protected override string? ShortfallAt(ProfileName profile) => profile switch
    {
        ProfileName.Ci =>
            "at Ci the two-stage mixture, trained the specialists' 8000 steps, learns both classes but stays above the sparse specialist at small n by more than the selection margin; numbers: docs/status.md",
        ProfileName.Extended =>
            "at Extended the two-stage mixture, trained the specialists' 30000 steps, trails the dense specialist past n = d by more than the selection margin, and the sparse specialist does not clearly capture half of Lasso's gain over least squares; numbers: docs/status.md",
        ProfileName.ExtendedLong =>
            "at ExtendedLong, four times Extended's budget, every check holds at seeds 1 and 2, but at seed 3 the mixture still trails the dense specialist near n = d by more than the selection margin; numbers: docs/status.md",
        _ => null,
    };
}
