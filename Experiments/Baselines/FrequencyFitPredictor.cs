using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Baselines;

/// <summary>
/// A predictor backed by a <see cref="FrequencyGridFit"/>: what the sinusoid oracle and the family fit share. They
/// differ only in their features (with or without the linear term) and their names.
/// </summary>
public abstract class FrequencyFitPredictor : IPredictor
{
    private readonly FrequencyGridFit _fit;

    protected FrequencyFitPredictor(IReadOnlyList<double> grid, bool withLinear, double ridge, int refineLevels, int refinePoints)
    {
        _fit = new FrequencyGridFit(grid, withLinear, ridge, refineLevels, refinePoints);
    }

    public abstract string Name { get; }

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
