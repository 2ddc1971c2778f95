using System.Text.Json.Serialization;

namespace IclClaims.Experiments.Tasks;

/// <summary>
/// A serialisable description of a function class: what profiles, cache keys and the CLI speak in.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(LinearTaskSpec), "linear")]
[JsonDerivedType(typeof(LinearSineTaskSpec), "linear-sine")]
[JsonDerivedType(typeof(MixtureTaskSpec), "mixture")]
public abstract record TaskSpec
{
    public abstract int Dim { get; }

    public abstract IFunctionClass Build();

    /// <summary>The same class on the leading <paramref name="dim"/> coordinates (for the dimension curriculum).</summary>
    public virtual TaskSpec AtDimension(int dim) => this;
}

/// <summary>Linear functions of d inputs with k non-zero weights (k = d: dense).</summary>
public sealed record LinearTaskSpec(int Dimension, int NonZeros, double Noise = 0) : TaskSpec
{
    public static LinearTaskSpec Dense(int d) => new(d, d);

    public override int Dim => Dimension;

    public override IFunctionClass Build() => new SparseLinear(Dimension, NonZeros, Noise);

    /// <summary>Keeps a dense class dense and a sparse one at most k-sparse.</summary>
    public override TaskSpec AtDimension(int dim) =>
        this with { Dimension = dim, NonZeros = NonZeros == Dimension ? dim : Math.Min(NonZeros, dim) };
}

/// <summary>One-dimensional <c>a w x + (1 - a) sin(omega x + phi)</c>.</summary>
public sealed record LinearSineTaskSpec(double LinearWeight, double OmegaMin, double OmegaMax, InputKind Input = InputKind.Gaussian, double InputWidth = 0)
    : TaskSpec
{
    public override int Dim => 1;

    public InputDistribution Inputs => Input == InputKind.Gaussian ? InputDistribution.Gaussian : InputDistribution.Uniform(InputWidth);

    public override IFunctionClass Build() => new LinearSineCombination(LinearWeight, new FrequencyBand(OmegaMin, OmegaMax), Inputs);
}

/// <summary>A weighted mixture of classes, the class drawn per prompt.</summary>
public sealed record MixtureTaskSpec(IReadOnlyList<WeightedTask> Components) : TaskSpec
{
    public override int Dim => Components[0].Task.Dim;

    public override IFunctionClass Build() => new Mixture(Components.Select(c => (c.Task.Build(), c.Weight)).ToList());

    public override TaskSpec AtDimension(int dim) => new MixtureTaskSpec(Components.Select(c => c with { Task = c.Task.AtDimension(dim) }).ToList());

    public bool Equals(MixtureTaskSpec? other) => other is not null && Components.SequenceEqual(other.Components);

    public override int GetHashCode() => Components.Aggregate(17, (h, c) => HashCode.Combine(h, c));
}

public sealed record WeightedTask(TaskSpec Task, double Weight);
