using FluentAssertions;
using IclClaims.Experiments.Configuration;
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

    [Fact]
    public void The_configured_profiles_resolve()
    {
        var settings = SuiteSettings.FromEnvironment();
        settings.Profiles.Should().NotBeEmpty();
        settings.Profiles.Select(Profiles.Get).Should().OnlyContain(p => p.Linear.Dim >= 1 && p.Sine.Points >= 1);
    }
}
