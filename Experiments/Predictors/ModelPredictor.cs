using IclClaims.Experiments.Model;
using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Predictors;

/// <summary>A trained transformer behind the predictor interface: float64 prompts in, float64 predictions out.</summary>
public sealed class ModelPredictor(string name, IclTransformer model, int chunk = 500) : IPredictor
{
    public string Name { get; } = name;

    public IclTransformer Model { get; } = model;

    public Tensor Predict(Prompts prompts)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        var device = Model.parameters().First().device;
        var parts = new List<Tensor>();
        using var noGrad = no_grad();
        for (var start = 0; start < prompts.Batch; start += chunk)
        {
            using var scope = NewDisposeScope();
            var len = Math.Min(chunk, prompts.Batch - start);
            var xs = prompts.Xs.narrow(0, start, len).to(float32).to(device);
            var ys = prompts.Ys.narrow(0, start, len).to(float32).to(device);
            parts.Add(Model.PredictAtInputs(xs, ys).to(float64).cpu().MoveToOuterDisposeScope());
        }
        var all = cat(parts, 0);
        foreach (var p in parts) p.Dispose();
        return all;
    }
}
