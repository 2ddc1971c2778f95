using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Predictors;

/// <summary>
/// The one call every predictor answers, trained model and baseline alike: prompts in, a prediction at every
/// position out. Entry <c>[b, i]</c> predicts <c>Ys[b, i]</c> from <c>Xs[b, i]</c> and the <c>i</c> examples before it.
/// </summary>
public interface IPredictor
{
    string Name { get; }

    /// <summary>Predictions, float64 [batch, points].</summary>
    Tensor Predict(Prompts prompts);
}
