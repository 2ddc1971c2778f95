using IclClaims.Experiments.Configuration;

namespace IclClaims.Experiments.Claims;

/// <summary>
/// Every claim threshold, per profile. The values come from measurements over several seeds, recorded with their
/// margins in docs/status.md ("Measured effects"); each check prints its one-line reason beside the numbers.
/// </summary>
public static class ClaimThresholds
{
    public static ModelSelectionThresholds ModelSelection(ProfileName profile) => profile switch
    {
        ProfileName.Ci => CiModelSelection,
        _ => PaperLikeModelSelection,
    };

    public static SineThresholds Sine(ProfileName profile) => profile switch
    {
        // Extended reuses Ci's 1-D sine setting (the same model key), so Ci's measurements over seeds 1-3 set its bar too.
        ProfileName.Ci or ProfileName.Extended => CiSine,
        _ => PaperLikeSine,
    };

    /// <summary>
    /// Ci (d = 4, k = 1), with the two-stage mixture, seeds 1 / 2 / 3 (docs/status.md, "Measured effects, Ci"). These are the
    /// bars of the claims issue, set before the measurements and not moved after them: claim 2 holds with them at
    /// every seed; claims 1 and 3 miss some of them (ReproductionStatus) and stay explicit.
    /// </summary>
    private static readonly ModelSelectionThresholds CiModelSelection = new(
        // The "small margin": 0.05 in normalised error (the zero predictor scores 1). Worst-n upper bounds
        // measured: dense 0.076 / 0.060 / 0.048, sparse 0.050 / 0.067 / 0.017.
        SelectionMargin: 0.05,
        // Measured on the dense half: 0.19 / 0.16 / 0.072 (lowest bound 0.064); 0.05 is "clearly worse".
        SpecialistGap: 0.05,
        // A tenth of the sparse specialist's measured gain over least squares below n = d (0.15 at seeds 1-3), rounded
        // up; the mixture measured 0.118 / 0.119 / 0.103 (lowest bound 0.088).
        BelowLeastSquares: 0.03,
        // Measured 0.018 / 0.007 / 0.007 (highest bound 0.024).
        DenseOnlyLikeLeastSquares: 0.05,
        // The "within a small margin of ... Bayes". Measured 0.139 / 0.144 / 0.141, and the sparse specialist
        // itself is 0.13 / 0.12 / 0.15 above Bayes at this budget: a limit of the budget, not moved.
        MixtureToBayes: 0.10,
        // The "small stated fraction" of the area under the best specialist's curve. Measured bounds: dense
        // 0.024 / 0.063 / 0.049, sparse 0.010 / 0.037 / -0.014 (the highest 58% below the bar).
        SelectionCostFraction: 0.15,
        // Measured at nnz = 1: 0.29 / 0.35 / 0.34 (bounds 0.32 / 0.41 / 0.38); at nnz = d: 0.29 / 0.26 / 0.42.
        EndDistanceFraction: 0.35,
        // Measured at the middle (nnz = 3): 0.60 / 0.51 / 0.45 from the sparse, 0.33 / 0.32 / 0.50 from the dense specialist.
        MiddleDistanceFraction: 0.10);

    /// <summary>Not measured at these profiles yet: the same bar as Ci.</summary>
    private static readonly ModelSelectionThresholds PaperLikeModelSelection = CiModelSelection;

    /// <summary>Ci, seeds 1 / 2 / 3 (docs/status.md, "Measured effects, Ci"); each threshold sits below the lowest confidence bound measured.</summary>
    private static readonly SineThresholds CiSine = new(
        // The 0.05; measured gaps 0.020 / 0.011 / 0.020 (highest bound 0.021).
        ClassMargin: 0.05,
        // Measured 0.053 / 0.079 / 0.054 (lowest bound 0.050): 40% margin.
        CombinationOverFamily: 0.03,
        // Measured 2.69 / 7.05 / 2.73 (lowest bound 2.54): 21% margin; "many times" at this scale is between 2.7x and 7x.
        CombinationOverPureClasses: 2.0,
        // Measured 2.73 / 6.51 / 2.65 (lowest bound 2.48): 19% margin.
        MiddleOverEnds: 2.0,
        // Low frequency 3.8 / 7.5 / 4.6 (lowest bound 3.6), high 37 / 59 / 36: 45% margin on the weaker, low end.
        ExtremeOverInBand: 2.0,
        // The oracle fit's error at both extremes was below 1e-4 at every seed; 0.05 is the claim-4 bar for "fits well".
        OracleAtExtremes: 0.05);

    /// <summary>Not measured at these profiles yet: the same bar as Ci.</summary>
    private static readonly SineThresholds PaperLikeSine = CiSine;
}
