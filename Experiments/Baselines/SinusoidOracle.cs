using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

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
public sealed class SinusoidOracle : IPredictor
{
    private readonly FrequencyGridFit _fit;

    public SinusoidOracle(double omegaMin = 0.05, double omegaMax = 40, int gridSize = 400, double ridge = 1e-6, int refineLevels = 2, int refinePoints = 11)
        : this(FrequencyGridFit.LogSpaced(omegaMin, omegaMax, gridSize), ridge, refineLevels, refinePoints)
    {
    }

    public SinusoidOracle(IReadOnlyList<double> grid, double ridge = 1e-6, int refineLevels = 2, int refinePoints = 11)
    {
        _fit = new FrequencyGridFit(grid, withLinear: false, ridge, refineLevels, refinePoints);
    }

    public IReadOnlyList<double> Grid => _fit.Grid;

    public string Name => "sine-oracle";

    public Tensor Predict(Prompts prompts)
    {
        using var scope = NewDisposeScope();
        return _fit.Fit(prompts).Prediction.MoveToOuterDisposeScope();
    }

    /// <summary>The omega chosen for every prefix, [B, N].</summary>
    public Tensor ChosenFrequency(Prompts prompts)
    {
        using var scope = NewDisposeScope();
        return _fit.Fit(prompts).Omega.MoveToOuterDisposeScope();
    }
}
