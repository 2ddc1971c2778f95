using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Baselines;

/// <summary>Always predicts 0: the reference that scores 1 on the normalised error.</summary>
public sealed class ZeroPredictor : IPredictor
{
    public string Name => "zero";

    public Tensor Predict(Prompts prompts)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        return zeros_like(prompts.Ys);
    }
}
