using static TorchSharp.torch;

namespace IclClaims.Experiments.Tasks;

/// <summary>A distribution over functions, and over the inputs they are shown at.</summary>
public interface IFunctionClass
{
    /// <summary>Short name used in tables, figures and cache keys.</summary>
    string Name { get; }

    /// <summary>Input dimension.</summary>
    int Dim { get; }

    /// <summary>Squared error is divided by this (d for dense, k for sparse, 1 for 1-D), so the zero predictor scores about 1.</summary>
    double ErrorScale { get; }

    /// <summary>Draws <paramref name="batch"/> fresh functions and <paramref name="points"/> inputs for each.</summary>
    Prompts Sample(int batch, int points, Generator generator);
}
