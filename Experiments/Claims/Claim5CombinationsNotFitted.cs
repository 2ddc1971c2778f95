using S = IclClaims.Experiments.Claims.SineMeasurements;

namespace IclClaims.Experiments.Claims;

/// <summary>
/// Claim 5 (figures F3, F4): convex combinations a linear + (1 - a) sinusoid are not fitted, although the context
/// determines them. Errors are mean squared errors over the late window. Bars: Ci, seeds 1-3 (docs/status.md,
/// "Measured effects, Ci"), each below the lowest confidence bound measured.
/// </summary>
public sealed class Claim5CombinationsNotFitted() : Claim(5, "Convex combinations of the classes are not fitted", ClaimSetting.Sine)
{
    /// <summary>Below the lowest confidence bound measured, with room (docs/status.md, "Measured effects, Ci").</summary>
    public static readonly Bar CombinationOverFamily = new(0.03,
        "at a = 0.5 the model's error exceeds the family fit's by at least this (the context determines the function)");

    /// <summary>"Many times" the pure classes' error, read as at least twice; below the lowest confidence bound measured (docs/status.md, "Measured effects, Ci").</summary>
    public static readonly Bar CombinationOverPureClasses = new(2.0, "at a = 0.5 the model's error is at least this many times its error on the pure classes");

    /// <summary>At least twice, as above; below the lowest confidence bound measured (docs/status.md, "Measured effects, Ci").</summary>
    public static readonly Bar MiddleOverEnds = new(2.0, "along the a sweep the middle error is at least this many times the larger end error");

    protected override IReadOnlyList<ClaimCheck> ChecksOf(ProfileMeasurements m)
    {
        var s = m.Sine;
        var (from, to) = s.LateWindow;
        var half = s.AtWeight(0.5);
        var model = half.ErrorOver(S.Model, from, to);
        var pure = Math.Max(s.Linear.ErrorOver(S.Model, from, to).Mean, s.Sine.ErrorOver(S.Model, from, to).Mean);
        var ends = Math.Max(s.AtWeight(0).ErrorOver(S.Model, from, to).Mean, s.AtWeight(1).ErrorOver(S.Model, from, to).Mean);
        return
        [
            CombinationOverFamily.AtLeast($"a = 0.5: model - family fit, n = {from}..{to}", half.DifferenceOver(S.Model, S.FamilyFit, from, to)),
            CombinationOverPureClasses.AtLeast("a = 0.5: model error / larger pure-class error", model.Over(pure)),
            MiddleOverEnds.AtLeast("a sweep: error at a = 0.5 / larger error at a = 0 or 1", model.Over(ends)),
        ];
    }

    protected override IReadOnlyList<FigureData> FiguresOf(ProfileMeasurements m) => [Claim4EachClassLearned.F3(m.Sine), F4(m.Sine)];

    /// <summary>F4: late-window error against the linear weight a, for the model and the family-aware fit.</summary>
    public static FigureData F4(S s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var (from, to) = s.LateWindow;
        var sweep = s.Combinations.Select(c => (c.A, c.Evaluation)).ToList();
        return PaperFigures.F4(
            FigureInputs.Sweep(S.Model, sweep, e => e.ErrorOver(S.Model, from, to), floorAtZero: true),
            FigureInputs.Sweep(S.FamilyFit, sweep, e => e.ErrorOver(S.FamilyFit, from, to), floorAtZero: true));
    }
}
