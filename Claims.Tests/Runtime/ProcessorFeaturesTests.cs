using FluentAssertions;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Runtime;

namespace IclClaims.Claims.Tests.Runtime;

/// <summary>bfloat16 support is read from the processor's flags, never assumed from its name.</summary>
public class ProcessorFeaturesTests
{
    private static ProcessorFeatures Parse(string flags, string? megahertz = null)
    {
        using var dir = new IclClaims.Claims.Tests.Figures.TempDirectory();
        var path = Path.Combine(dir.Path, "cpuinfo");
        var clock = megahertz is null ? "" : $"cpu MHz\t\t: {megahertz}\n";
        File.WriteAllText(path, $"processor\t: 0\nmodel name\t: AMD EPYC\n{clock}flags\t\t: {flags}\n\nprocessor\t: 1\n");
        return ProcessorFeatures.Read(path);
    }

    [Theory]
    // Two FMA pipes x lanes x 2 flops x clock: AVX2 at 2.6 GHz, AVX-512 at 2.0 GHz, SSE without FMA at 3.0 GHz.
    [InlineData("fpu sse avx avx2 fma", "2600.000", 83.2)]
    [InlineData("avx avx2 fma avx512f", "2000.0", 128.0)]
    [InlineData("fpu sse sse2", "3000", 24.0)]
    public void The_fp32_peak_follows_the_vector_width_fma_and_clock_the_flags_show(string flags, string megahertz, double peak)
    {
        Parse(flags, megahertz).PeakFp32GflopsPerCore.Should().BeApproximately(peak, 1e-9);
    }

    [Fact]
    public void Without_a_clock_the_peak_is_unknown() => Parse("avx2 fma").PeakFp32GflopsPerCore.Should().BeNull();

    [Fact]
    public void A_processor_without_bf16_flags_trains_in_float32_and_says_why()
    {
        var features = Parse("fpu sse avx2 avx512f");
        features.Model.Should().Be("AMD EPYC");
        features.NativeBf16.Should().BeFalse();
        features.TrainingPrecision.Should().StartWith("float32").And.Contain("no native bfloat16");
    }

    [Theory]
    [InlineData("avx2 avx512f avx512_bf16", true, false)]
    [InlineData("avx2 amx_bf16 amx_tile", false, true)]
    public void Either_bf16_flag_counts_as_native(string flags, bool avx512, bool amx)
    {
        var features = Parse(flags);
        (features.Avx512Bf16, features.AmxBf16, features.NativeBf16).Should().Be((avx512, amx, true));
    }

    [Fact]
    public void An_unreadable_cpuinfo_means_no_feature_is_known()
    {
        var features = ProcessorFeatures.Read("/nonexistent/cpuinfo");
        (features.Model, features.NativeBf16).Should().Be(("unknown", false));
    }
}
