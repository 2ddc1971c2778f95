using static TorchSharp.torch;

namespace IclClaims.Experiments.Benchmarks;

/// <summary>A 2048 x 2048 matrix product: the practical peak of this CPU through libtorch, in float32 or bfloat16.</summary>
public static class MatmulBenchmark
{
    public const int Size = 2048;

    /// <summary>2 n^3 FLOPs (n^3 multiply-adds).</summary>
    public static double Flops => 2.0 * Size * Size * Size;

    /// <summary>GFLOP/s at the current torch thread count, in <paramref name="type"/> (float32 by default).</summary>
    public static double GigaFlopsPerSecond(ScalarType type = ScalarType.Float32)
    {
        using var scope = NewDisposeScope();
        using var g = new Generator(2048);
        var a = randn([Size, Size], float32, generator: g).to(type);
        var b = randn([Size, Size], float32, generator: g).to(type);
        var seconds = Stopwatches.Median(() =>
        {
            using var c = a.mm(b);
        }, minRuns: 3, maxRuns: 10, minSeconds: 1);
        return Flops / seconds / 1e9;
    }
}
