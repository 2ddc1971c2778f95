using FluentAssertions;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Runtime;
using TorchSharp;

namespace IclClaims.Claims.Tests;

/// <summary>The native stack loads and the run's configuration resolves: what every other test stands on.</summary>
public class SmokeTests
{
    [Fact]
    public void Torch_loads_and_computes()
    {
        TorchRuntime.Initialise(1);
        using var t = torch.ones(2, 2);
        t.sum().item<float>().Should().Be(4f);
    }

    /// <summary>The one test a bad setting fails, with its one-line message (every other test that needs the settings skips).</summary>
    [Fact]
    public void The_configured_settings_resolve()
    {
        if (TestSettings.Error is { } error) Assert.Fail(error);
        var settings = TestSettings.Current;
        settings.Profiles.Should().NotBeEmpty();
        settings.Profiles.Select(Profiles.Get).Should().OnlyContain(p => p.Linear.Dim >= 1 && p.Sine.Points >= 1);
    }
}
