using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Predictors;

/// <summary>A predictor shown under the name a figure or claim uses for it.</summary>
public sealed class Renamed(string name, IPredictor inner) : IPredictor
{
    public string Name { get; } = name;

    public Tensor Predict(Prompts prompts) => inner.Predict(prompts);
}
