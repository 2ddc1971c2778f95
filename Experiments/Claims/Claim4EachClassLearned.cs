using S = IclClaims.Experiments.Claims.SineMeasurements;

namespace IclClaims.Experiments.Claims;

/// <summary>
/// Claim 4 (figure F3): pretrained on a disjoint mixture of linear functions and sinusoids, the model fits each class
/// like that class's own fit. Errors are mean squared errors over the late window. Bar: Ci, seeds 1-3
/// (docs/status.md, "Measured effects, Ci"); Extended shares Ci's sinusoid model (the same key).
/// </summary>
public sealed class Claim4EachClassLearned() : Claim(4, "Each class of a linear and sinusoid mixture is learned", ClaimSetting.Sine)
{
    /// <summary>"Predicts well on each class": within 0.05 of the class's own fit (measured values: docs/status.md, "Measured effects, Ci").</summary>
    public static readonly Bar ClassMargin = new(0.05, "on each pure class the mixture model is within this of the class's oracle fit");

    protected override IReadOnlyList<ClaimCheck> ChecksOf(ProfileMeasurements m)
    {
        var s = m.Sine;
        var (from, to) = s.LateWindow;
        return
        [
            ClassMargin.AtMost($"linear tasks: model - least squares, n = {from}..{to}", s.Linear.DifferenceOver(S.Model, S.LeastSquares, from, to)),
            ClassMargin.AtMost($"in-band sinusoids: model - oracle fit, n = {from}..{to}", s.Sine.DifferenceOver(S.Model, S.SineOracle, from, to)),
        ];
    }

    protected override IReadOnlyList<FigureData> FiguresOf(ProfileMeasurements m) => [F3(m.Sine)];

    /// <summary>F3: the model's predictions on one linear function, one sinusoid and one 0.5 combination.</summary>
    public static FigureData F3(S s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return PaperFigures.F3(FigureInputs.Plot(s.Functions[0]), FigureInputs.Plot(s.Functions[1]), FigureInputs.Plot(s.Functions[2]));
    }
}
