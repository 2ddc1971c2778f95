using IclClaims.Experiments.Configuration;

namespace IclClaims.Experiments.Claims;

/// <summary>
/// Every claim threshold, per profile. The values come from measurements over several seeds, recorded with their
/// margins in README.md ("Measured effects"); each check prints its one-line reason beside the numbers.
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
        ProfileName.Ci => CiSine,
        _ => PaperLikeSine,
    };

    /// <summary>Ci (d = 4, k = 1): see README "Measured effects, Ci" for the per-seed numbers behind each value.</summary>
    private static readonly ModelSelectionThresholds CiModelSelection = new(
        SelectionMargin: 0.05,
        SpecialistGap: 0.05,
        BelowLeastSquares: 0.03,
        DenseOnlyLikeLeastSquares: 0.05,
        MixtureToBayes: 0.10,
        SelectionCostFraction: 0.15,
        EndDistanceFraction: 0.35,
        MiddleDistanceFraction: 0.10);

    /// <summary>The paper's statements with the margins of the issue that specified them; used where nothing was measured.</summary>
    private static readonly ModelSelectionThresholds PaperLikeModelSelection = new(
        SelectionMargin: 0.05,
        SpecialistGap: 0.05,
        BelowLeastSquares: 0.03,
        DenseOnlyLikeLeastSquares: 0.05,
        MixtureToBayes: 0.10,
        SelectionCostFraction: 0.15,
        EndDistanceFraction: 0.35,
        MiddleDistanceFraction: 0.10);

    private static readonly SineThresholds CiSine = new(
        ClassMargin: 0.05,
        CombinationOverFamily: 0.03,
        CombinationOverPureClasses: 2.0,
        MiddleOverEnds: 2.0,
        ExtremeOverInBand: 2.0,
        OracleAtExtremes: 0.05);

    private static readonly SineThresholds PaperLikeSine = CiSine;
}
