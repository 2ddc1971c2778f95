using S = IclClaims.Experiments.Claims.SineMeasurements;

namespace IclClaims.Experiments.Claims;

/// <summary>
/// Claim 6 (figure F5): sinusoids of frequencies far outside the pretraining band (<see cref="SineExperiment.ExtremeFrequencies"/>)
/// are not fitted, while the oracle fit fits them. Bars: Ci, seeds 1-3 (docs/status.md, "Measured effects, Ci").
/// </summary>
public sealed class Claim6ExtremeFrequenciesNotFitted() : Claim(6, "Frequencies far outside the pretraining band are not fitted", ClaimSetting.Sine)
{
    /// <summary>"Sharply worse" read as at least twice the in-band error; below the lowest confidence bound measured, at the weaker, low end (docs/status.md, "Measured effects, Ci").</summary>
    public static readonly Bar ExtremeOverInBand = new(2.0, "at extreme frequencies the model's error is at least this many times its in-band error");

    /// <summary>Claim 4's bar for "fits well": the frequencies are learnable from the context (the oracle's measured error: docs/status.md, "Measured effects, Ci").</summary>
    public static readonly Bar OracleAtExtremes = new(0.05, "while the oracle fit's error there stays below this");

    protected override IReadOnlyList<ClaimCheck> ChecksOf(ProfileMeasurements m)
    {
        var s = m.Sine;
        var (from, to) = s.LateWindow;
        var inBand = s.Sine.ErrorOver(S.Model, from, to).Mean;
        var (low, high) = SineExperiment.ExtremeFrequencies(m.Profile.Sine.Band);
        var checks = new List<ClaimCheck>();
        foreach (var omega in new[] { low, high })
        {
            var e = s.AtFrequency(omega);
            checks.Add(ExtremeOverInBand.AtLeast($"omega = {omega:0.###}: model error / in-band error", e.ErrorOver(S.Model, from, to).Over(inBand)));
            checks.Add(OracleAtExtremes.AtMost($"omega = {omega:0.###}: oracle fit error", e.ErrorOver(S.SineOracle, from, to)));
        }
        return checks;
    }

    protected override IReadOnlyList<FigureData> FiguresOf(ProfileMeasurements m) => [F5(m.Sine, m.Profile.Sine.Band.Min, m.Profile.Sine.Band.Max)];

    /// <summary>F5: late-window error against frequency with the band shaded, and the model on one very low and one very high frequency.</summary>
    public static FigureData F5(S s, double bandFrom, double bandTo)
    {
        ArgumentNullException.ThrowIfNull(s);
        var (from, to) = s.LateWindow;
        var sweep = s.Frequencies.Select(f => (f.Omega, f.Evaluation)).ToList();
        return PaperFigures.F5(
            [
                FigureInputs.Sweep(S.Model, sweep, e => e.ErrorOver(S.Model, from, to), floorAtZero: true),
                FigureInputs.Sweep(S.SineOracle, sweep, e => e.ErrorOver(S.SineOracle, from, to), floorAtZero: true),
            ],
            bandFrom, bandTo, FigureInputs.Plot(s.Functions[3]), FigureInputs.Plot(s.Functions[4]));
    }
}
