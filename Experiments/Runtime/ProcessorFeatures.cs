namespace IclClaims.Experiments.Runtime;

/// <summary>
/// What this processor offers for reduced-precision matrix products, read from its feature flags (the processor model
/// varies between machines of the same kind, so nothing here is assumed).
/// </summary>
/// <param name="VectorFloats">fp32 lanes of the widest vector unit the flags show (AVX-512 16, AVX 8, SSE 4).</param>
/// <param name="Fma">Whether the flags show fused multiply-add.</param>
/// <param name="Megahertz">The clock /proc/cpuinfo reports (0: unknown).</param>
public sealed record ProcessorFeatures(string Model, bool Avx512Bf16, bool AmxBf16, int VectorFloats = 4, bool Fma = false, double Megahertz = 0)
{
    /// <summary>
    /// Single-core fp32 peak in GFLOP/s: two vector FMA pipes (as on the Zen and Xeon cores these machines have; the
    /// flags cannot show the count) x lanes x 2 flops per FMA x clock. Null where the clock is unknown.
    /// </summary>
    public double? PeakFp32GflopsPerCore => Megahertz > 0 ? 2 * VectorFloats * (Fma ? 2 : 1) * Megahertz / 1000 : null;

    /// <summary>Native bfloat16 products: without them libtorch emulates bf16 on float32 units, which only costs time.</summary>
    public bool NativeBf16 => Avx512Bf16 || AmxBf16;

    /// <summary>The precision training uses here, and why, for logs, provenance and reports.</summary>
    public string TrainingPrecision => NativeBf16
        ? $"float32 (this processor has native bfloat16 ({Flags}), but the suite trains in float32: a bfloat16 path is not built yet)"
        : "float32 (this processor has no native bfloat16: neither avx512_bf16 nor amx_bf16)";

    private string Flags => string.Join(", ", new[] { Avx512Bf16 ? "avx512_bf16" : null, AmxBf16 ? "amx_bf16" : null }.OfType<string>());

    public static ProcessorFeatures Current { get; } = Read("/proc/cpuinfo");

    /// <summary>Parses a /proc/cpuinfo-style file; a missing or unreadable one means no feature is known.</summary>
    public static ProcessorFeatures Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ProcessorFeatures("unknown", false, false);
        }
        string? Field(string name) => lines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal) && l.Contains(':'))?
            .Split(':', 2)[1].Trim();
        var flags = (Field("flags") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var lanes = flags.Contains("avx512f") ? 16 : flags.Contains("avx") ? 8 : 4;
        var mhz = double.TryParse(Field("cpu MHz"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : 0;
        return new ProcessorFeatures(Field("model name") ?? "unknown", flags.Contains("avx512_bf16"), flags.Contains("amx_bf16"), lanes, flags.Contains("fma"), mhz);
    }
}
