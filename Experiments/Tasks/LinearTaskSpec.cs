using System.Text.Json.Serialization;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Tasks;

/// <summary>
/// <c>f(x) = w.x</c> with <c>w</c> non-zero on <c>k</c> coordinates of a uniformly random support, each N(0, 1).
/// With <c>k = d</c> this is the dense class <c>w ~ N(0, I_d)</c>.
/// </summary>
public sealed record LinearTaskSpec(int Dimension, int NonZeros, double Noise = 0) : TaskSpec
{
    // Declared in the order of the parameters, before Dim: the serialised order is part of every model key.
    public int Dimension { get; init; } = Dimension >= 1 ? Dimension : throw new ArgumentOutOfRangeException(nameof(Dimension), Dimension, "dimension must be at least 1");

    public int NonZeros { get; init; } = NonZeros >= 1 && NonZeros <= Dimension
        ? NonZeros
        : throw new ArgumentOutOfRangeException(nameof(NonZeros), NonZeros, $"non-zeros must be between 1 and d = {Dimension}");

    public double Noise { get; init; } = Noise >= 0 ? Noise : throw new ArgumentOutOfRangeException(nameof(Noise), Noise, "noise must be non-negative");

    public static LinearTaskSpec Dense(int d) => new(d, d);

    public override int Dim => Dimension;

    [JsonIgnore]
    public bool IsDense => NonZeros == Dimension;

    [JsonIgnore]
    public override string Name => IsDense ? $"dense(d={Dimension})" : $"sparse(d={Dimension},k={NonZeros})";

    /// <summary>k: the variance of y, so the zero predictor scores 1.</summary>
    [JsonIgnore]
    public override double ErrorScale => NonZeros;

    /// <summary>Keeps a dense class dense and a sparse one at most k-sparse.</summary>
    public override TaskSpec AtDimension(int dim) =>
        this with { Dimension = dim, NonZeros = NonZeros == Dimension ? dim : Math.Min(NonZeros, dim) };

    public override Prompts Sample(int batch, int points, Generator generator)
    {
        using var scope = NewDisposeScope();
        var xs = randn([batch, points, Dimension], float64, generator: generator);
        var w = randn([batch, Dimension], float64, generator: generator);
        Tensor support;
        if (IsDense)
        {
            support = ones([batch, Dimension], @bool);
        }
        else
        {
            // A uniformly random k-subset per row: the k largest of d uniform keys.
            var keys = rand([batch, Dimension], float64, generator: generator);
            var idx = keys.topk(NonZeros, dim: 1).indexes;
            support = zeros([batch, Dimension], @bool).scatter(1, idx, ones([batch, NonZeros], @bool));
            w = w * support.to(float64);
        }
        var ys = matmul(xs, w.unsqueeze(-1)).squeeze(-1);
        if (Noise > 0) ys = ys + Noise * randn([batch, points], float64, generator: generator);
        return new Prompts(xs, ys, support);
    }
}
