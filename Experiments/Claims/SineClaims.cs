using IclClaims.Experiments.Evaluation;
using R = IclClaims.Experiments.Claims.SineThresholds.Reasons;
using S = IclClaims.Experiments.Claims.SineMeasurements;

namespace IclClaims.Experiments.Claims;

/// <summary>Turns the measurements of claims 4–6 into checks against thresholds.</summary>
public static class SineClaims
{
    /// <summary>Claim 4: each class of the disjoint mixture is learned.</summary>
    public static IReadOnlyList<ClaimCheck> EachClassLearned(S s, SineThresholds t)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(t);
        var (from, to) = s.LateWindow;
        return
        [
            AtMost($"linear tasks: model - least squares, n = {from}..{to}", s.Linear.DifferenceOver(S.Model, S.LeastSquares, from, to), t.ClassMargin, R.ClassMargin),
            AtMost($"in-band sinusoids: model - oracle fit, n = {from}..{to}", s.Sine.DifferenceOver(S.Model, S.SineOracle, from, to), t.ClassMargin, R.ClassMargin),
        ];
    }

    /// <summary>Claim 5: convex combinations are not fitted, although the context determines them.</summary>
    public static IReadOnlyList<ClaimCheck> CombinationsFail(S s, SineThresholds t)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(t);
        var (from, to) = s.LateWindow;
        var half = s.AtWeight(0.5);
        var model = half.ErrorOver(S.Model, from, to);
        var pure = Math.Max(s.Linear.ErrorOver(S.Model, from, to).Mean, s.Sine.ErrorOver(S.Model, from, to).Mean);
        var ends = Math.Max(s.AtWeight(0).ErrorOver(S.Model, from, to).Mean, s.AtWeight(1).ErrorOver(S.Model, from, to).Mean);
        return
        [
            AtLeast($"a = 0.5: model - family fit, n = {from}..{to}", half.DifferenceOver(S.Model, S.FamilyFit, from, to), t.CombinationOverFamily, R.CombinationOverFamily),
            AtLeast("a = 0.5: model error / larger pure-class error", Ratio(model, pure), t.CombinationOverPureClasses, R.CombinationOverPureClasses),
            AtLeast("a sweep: error at a = 0.5 / larger error at a = 0 or 1", Ratio(model, ends), t.MiddleOverEnds, R.MiddleOverEnds),
        ];
    }

    /// <summary>Claim 6: frequencies far outside the pretraining band are not fitted, while the oracle fits them.</summary>
    public static IReadOnlyList<ClaimCheck> ExtremeFrequenciesFail(S s, SineThresholds t, double low, double high)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(t);
        var (from, to) = s.LateWindow;
        var inBand = s.Sine.ErrorOver(S.Model, from, to).Mean;
        var checks = new List<ClaimCheck>();
        foreach (var omega in new[] { low, high })
        {
            var e = s.AtFrequency(omega);
            checks.Add(AtLeast($"omega = {omega:0.###}: model error / in-band error", Ratio(e.ErrorOver(S.Model, from, to), inBand), t.ExtremeOverInBand, R.ExtremeOverInBand));
            checks.Add(AtMost($"omega = {omega:0.###}: oracle fit error", e.ErrorOver(S.SineOracle, from, to), t.OracleAtExtremes, R.OracleAtExtremes));
        }
        return checks;
    }

    /// <summary>A ratio to a reference that is measured far more precisely than the numerator varies.</summary>
    private static Estimate Ratio(Estimate numerator, double reference) => new(numerator.Mean / reference, numerator.StdErr / reference);

    private static ClaimCheck AtMost(string name, Estimate e, double threshold, string reason) => new(name, e.Mean, e.StdErr, Comparison.AtMost, threshold, reason);

    private static ClaimCheck AtLeast(string name, Estimate e, double threshold, string reason) => new(name, e.Mean, e.StdErr, Comparison.AtLeast, threshold, reason);
}
