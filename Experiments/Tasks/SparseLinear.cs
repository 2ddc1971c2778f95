using static TorchSharp.torch;

namespace IclClaims.Experiments.Tasks;

/// <summary>
/// <c>f(x) = w.x</c> with <c>w</c> non-zero on <c>k</c> coordinates of a uniformly random support, each N(0, 1).
/// With <c>k = d</c> this is the dense class <c>w ~ N(0, I_d)</c>.
/// </summary>
public sealed class SparseLinear : IFunctionClass
{
    public SparseLinear(int dim, int nonZeros, double noise = 0)
    {
        if (dim < 1) throw new ArgumentOutOfRangeException(nameof(dim), dim, "dimension must be at least 1");
        if (nonZeros < 1 || nonZeros > dim)
            throw new ArgumentOutOfRangeException(nameof(nonZeros), nonZeros, $"non-zeros must be between 1 and d = {dim}");
        if (noise < 0) throw new ArgumentOutOfRangeException(nameof(noise), noise, "noise must be non-negative");
        Dim = dim;
        NonZeros = nonZeros;
        Noise = noise;
    }

    public static SparseLinear Dense(int dim, double noise = 0) => new(dim, dim, noise);

    public int Dim { get; }
    public int NonZeros { get; }
    public double Noise { get; }
    public bool IsDense => NonZeros == Dim;
    public string Name => IsDense ? $"dense(d={Dim})" : $"sparse(d={Dim},k={NonZeros})";
    public double ErrorScale => NonZeros;

    public Prompts Sample(int batch, int points, Generator generator)
    {
        using var scope = NewDisposeScope();
        var xs = randn([batch, points, Dim], float64, generator: generator);
        var w = randn([batch, Dim], float64, generator: generator);
        Tensor support;
        if (IsDense)
        {
            support = ones([batch, Dim], @bool);
        }
        else
        {
            // A uniformly random k-subset per row: the k largest of d uniform keys.
            var keys = rand([batch, Dim], float64, generator: generator);
            var idx = keys.topk(NonZeros, dim: 1).indexes;
            support = zeros([batch, Dim], @bool).scatter(1, idx, ones([batch, NonZeros], @bool));
            w = w * support.to(float64);
        }
        var ys = matmul(xs, w.unsqueeze(-1)).squeeze(-1);
        if (Noise > 0) ys = ys + Noise * randn([batch, points], float64, generator: generator);
        return new Prompts(xs, ys, support);
    }
}
