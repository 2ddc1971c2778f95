namespace IclClaims.Experiments.Baselines;

/// <summary>
/// The oracle fit of the sinusoid family <c>b1 sin(omega x) + b2 cos(omega x)</c> (= <c>r sin(omega x + phi)</c>) on
/// one-dimensional prompts. For every omega of a grid (default 400 log-spaced values from 0.05 to 40) it solves the
/// least squares of y on <c>[sin(omega x), cos(omega x)]</c> over the prefix, with a tiny ridge (default 1e-6) for
/// stability; per problem it keeps the omega with the smallest residual sum of squares on the prefix, refines it on
/// finer local log grids (default 2 levels of 11 points, so the error in omega falls to about 1/25 of a coarse
/// step; set 0 for the plain grid), and predicts at <c>x_i</c>. The grid must cover the frequency for the fit to be
/// exact; with fewer examples than parameters any omega fits and the choice is arbitrary.
/// </summary>
public sealed class SinusoidOracle : FrequencyFitPredictor
{
    public SinusoidOracle(double omegaMin = 0.05, double omegaMax = 40, int gridSize = 400, double ridge = 1e-6, int refineLevels = 2, int refinePoints = 11)
        : this(FrequencyGridFit.LogSpaced(omegaMin, omegaMax, gridSize), ridge, refineLevels, refinePoints)
    {
    }

    public SinusoidOracle(IReadOnlyList<double> grid, double ridge = 1e-6, int refineLevels = 2, int refinePoints = 11)
        : base(grid, withLinear: false, ridge, refineLevels, refinePoints)
    {
    }

    public override string Name => BaselineCatalog.SineOracleName;
}
