using IclClaims.Experiments.Baselines;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Evaluation;

namespace IclClaims.Experiments.Claims;

/// <summary>Everything claims 4–6 are judged on.</summary>
public sealed class SineMeasurements(
    PairedEvaluation linear,
    PairedEvaluation sine,
    IReadOnlyList<(double A, PairedEvaluation Evaluation)> combinations,
    IReadOnlyList<(double Omega, PairedEvaluation Evaluation)> frequencies,
    IReadOnlyList<FunctionSample> functions,
    (int From, int To) lateWindow) : IDisposable
{
    public const string Model = ExperimentProfile.SineMixtureModel;
    public const string LeastSquares = BaselineCatalog.LeastSquaresName;
    public const string SineOracle = BaselineCatalog.SineOracleName;
    public const string FamilyFit = BaselineCatalog.FamilyFitName;

    public PairedEvaluation Linear { get; } = linear;
    public PairedEvaluation Sine { get; } = sine;
    public IReadOnlyList<(double A, PairedEvaluation Evaluation)> Combinations { get; } = combinations;
    public IReadOnlyList<(double Omega, PairedEvaluation Evaluation)> Frequencies { get; } = frequencies;

    /// <summary>Single functions: linear, sinusoid, 0.5 combination, very low and very high frequency.</summary>
    public IReadOnlyList<FunctionSample> Functions { get; } = functions;

    /// <summary>Positions at which the family fits have had enough examples: errors are averaged over these.</summary>
    public (int From, int To) LateWindow { get; } = lateWindow;

    public PairedEvaluation AtWeight(double a) => Combinations.Single(c => Math.Abs(c.A - a) < 1e-9).Evaluation;

    public PairedEvaluation AtFrequency(double omega) => Frequencies.Single(f => Math.Abs(f.Omega - omega) < 1e-9).Evaluation;

    public void Dispose()
    {
        Linear.Dispose();
        Sine.Dispose();
        foreach (var (_, e) in Combinations) e.Dispose();
        foreach (var (_, e) in Frequencies) e.Dispose();
    }
}
