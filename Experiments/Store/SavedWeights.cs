using IclClaims.Experiments.Model;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Store;

/// <summary>Reads a transformer's saved weights into a model ready to evaluate.</summary>
internal static class SavedWeights
{
    /// <exception cref="InvalidDataException">The file does not hold weights of <paramref name="config"/>'s shape.</exception>
    public static IclTransformer Load(TransformerConfig config, string path)
    {
        // Construction draws from torch's global generator: take the trainers' lock so a training beside us keeps its seed.
        IclTransformer model;
        lock (Trainer.InitialisationGate) model = new IclTransformer(config);
        try
        {
            model.load(path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            model.Dispose();
            throw new InvalidDataException($"{path} could not be read: {e.Message}", e);
        }
        model.eval();
        return model;
    }
}
