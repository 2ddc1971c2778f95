using System.Text.Json.Serialization;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Tasks;

/// <summary>
/// A function class: what profiles, cache keys and the CLI speak in (serialised, it is part of a model's key), and
/// what draws the prompts. Members that are not part of the description are left out of the serialised form, so keys
/// stay those of the configurations they describe.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(LinearTaskSpec), "linear")]
[JsonDerivedType(typeof(LinearSineTaskSpec), "linear-sine")]
[JsonDerivedType(typeof(MixtureTaskSpec), "mixture")]
public abstract record TaskSpec
{
    /// <summary>Input dimension.</summary>
    public abstract int Dim { get; }

    /// <summary>Short name used in tables and figures. Not part of the description: every override carries [JsonIgnore] (an attribute here does not reach them).</summary>
    public abstract string Name { get; }

    /// <summary>Squared error is divided by this (d for dense, k for sparse, 1 for 1-D), so the zero predictor scores about 1. Not part of the description, as <see cref="Name"/>.</summary>
    public abstract double ErrorScale { get; }

    /// <summary>Draws <paramref name="batch"/> fresh functions and <paramref name="points"/> inputs for each.</summary>
    public abstract Prompts Sample(int batch, int points, Generator generator);

    /// <summary>The same class on the leading <paramref name="dim"/> coordinates (for the dimension curriculum).</summary>
    public virtual TaskSpec AtDimension(int dim) => this;
}
