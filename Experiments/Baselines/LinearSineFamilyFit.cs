namespace IclClaims.Experiments.Baselines;

/// <summary>
/// The family-aware baseline for convex combinations <c>a w x + (1 - a) sin(omega x + phi)</c>: like
/// <see cref="SinusoidOracle"/> but with the features <c>[x, sin(omega x), cos(omega x)]</c> (3x3 normal equations),
/// which represent every member of the family exactly once omega is right.
/// </summary>
public sealed class LinearSineFamilyFit : FrequencyFitPredictor
{
    public LinearSineFamilyFit(double omegaMin = 0.05, double omegaMax = 40, int gridSize = 400, double ridge = 1e-6, int refineLevels = 2, int refinePoints = 11)
        : this(FrequencyGridFit.LogSpaced(omegaMin, omegaMax, gridSize), ridge, refineLevels, refinePoints)
    {
    }

    public LinearSineFamilyFit(IReadOnlyList<double> grid, double ridge = 1e-6, int refineLevels = 2, int refinePoints = 11)
        : base(grid, withLinear: true, ridge, refineLevels, refinePoints)
    {
    }

    public override string Name => BaselineCatalog.FamilyFitName;
}
