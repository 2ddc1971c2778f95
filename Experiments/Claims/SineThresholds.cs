namespace IclClaims.Experiments.Claims;

/// <summary>
/// Thresholds of claims 4–6 at one profile, set from measurements over several seeds (docs/status.md, "Claims 4–6:
/// measured effects"); errors are unnormalised mean squared errors averaged over the late window.
/// </summary>
public sealed record SineThresholds(
    double ClassMargin,
    double CombinationOverFamily,
    double CombinationOverPureClasses,
    double MiddleOverEnds,
    double ExtremeOverInBand,
    double OracleAtExtremes)
{
    public static class Reasons
    {
        public const string ClassMargin = "on each pure class the mixture model is within this of the class's oracle fit";
        public const string CombinationOverFamily = "at a = 0.5 the model's error exceeds the family fit's by at least this (the context determines the function)";
        public const string CombinationOverPureClasses = "at a = 0.5 the model's error is at least this many times its error on the pure classes";
        public const string MiddleOverEnds = "along the a sweep the middle error is at least this many times the larger end error";
        public const string ExtremeOverInBand = "at extreme frequencies the model's error is at least this many times its in-band error";
        public const string OracleAtExtremes = "while the oracle fit's error there stays below this";
    }
}
