using static TorchSharp.torch;

namespace IclClaims.Experiments.Benchmarks;

/// <summary>A 2048 x 2048 matrix product: the practical peak of this CPU through libtorch, in float32 or bfloat16.</summary>
public static class MatmulBenchmark
{
    public const int Size = 2048;

    /// <summary>GFLOP/s (2 n^3 FLOPs a product) at the current torch thread count, in <paramref name="type"/>, for n x n matrices.</summary>
    /// <param name="once">Time a single product: an emulated type (bf16 without native support) takes minutes at n = 2048.</param>
    public static double GigaFlopsPerSecond(ScalarType type = ScalarType.Float32, int size = Size, bool once = false)
    {
        using var scope = NewDisposeScope();
        using var g = new Generator(2048);
        var a = randn([size, size], float32, generator: g).to(type);
        var b = randn([size, size], float32, generator: g).to(type);
        var seconds = Stopwatches.Median(() =>
        {
            using var c = a.mm(b);
        }, minRuns: once ? 1 : 3, maxRuns: once ? 1 : 10, minSeconds: once ? 0 : 1);
        return 2.0 * size * size * size / seconds / 1e9;
    }
}
