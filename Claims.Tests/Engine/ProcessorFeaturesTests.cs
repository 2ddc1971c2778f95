using FluentAssertions;
using IclClaims.Experiments.Configuration;

namespace IclClaims.Claims.Tests.Engine;

/// <summary>bfloat16 support is read from the processor's flags, never assumed from its name.</summary>
public class ProcessorFeaturesTests
{
    private static ProcessorFeatures Parse(string flags)
    {
        using var dir = new IclClaims.Claims.Tests.Figures.TempDirectory();
        var path = Path.Combine(dir.Path, "cpuinfo");
        File.WriteAllText(path, $"processor\t: 0\nmodel name\t: AMD EPYC\nflags\t\t: {flags}\n\nprocessor\t: 1\n");
        return ProcessorFeatures.Read(path);
    }

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
