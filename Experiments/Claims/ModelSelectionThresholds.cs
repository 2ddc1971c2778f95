namespace IclClaims.Experiments.Claims;

/// <summary>
/// Thresholds of claims 1–3 at one profile. Each is set from measurements over several seeds (docs/status.md, "Claims
/// 1–3: measured effects") with a margin; <see cref="Reasons"/> gives the one-line reason shown with each check.
/// </summary>
public sealed record ModelSelectionThresholds(
    double SelectionMargin,
    double SpecialistGap,
    double BelowLeastSquares,
    double DenseOnlyLikeLeastSquares,
    double MixtureToBayes,
    double SelectionCostFraction,
    double EndDistanceFraction,
    double MiddleDistanceFraction)
{
    public static class Reasons
    {
        public const string SelectionMargin = "mixture within this of the matching specialist at every n (normalised error)";
        public const string SpecialistGap = "the off-class specialist is at least this much worse (mean over the window)";
        public const string BelowLeastSquares = "on sparse tasks the mixture beats least squares by at least this below n = d";
        public const string DenseOnlyLikeLeastSquares = "the dense-only model stays within this of least squares on sparse tasks below n = d";
        public const string MixtureToBayes = "the mixture is at most this worse than the Bayes-optimal predictor below n = d";
        public const string SelectionCostFraction = "area under the mixture's curve at most this fraction above the best specialist's";
        public const string EndDistanceFraction = "at the extremes the mixture's distance to the matching specialist is at most this share of the specialists' distance";
        public const string MiddleDistanceFraction = "in between, the mixture stays at least this share of the specialists' distance away from each";
    }
}
