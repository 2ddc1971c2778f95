using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Store;

namespace IclClaims.Claims.Tests.Claims;

/// <summary>A setting's measurement is made once for the runs that share its models and prompts, and travels between processes exactly.</summary>
public sealed class SharedMeasurementTests : IDisposable
{
    private readonly ScratchDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Extended_shares_cis_sinusoid_measurement_at_the_same_seed_and_prompts_and_nothing_else()
    {
        string Key(ProfileName p, int seed, ClaimSetting s, int? prompts = null) => PlanVerifier.MeasurementKey(new VerificationRun(p, seed), s, prompts);

        Key(ProfileName.Extended, 1, ClaimSetting.Sine).Should().Be(Key(ProfileName.Ci, 1, ClaimSetting.Sine), "Extended uses Ci's sinusoid model and prompts");
        Key(ProfileName.Extended, 1, ClaimSetting.Linear).Should().NotBe(Key(ProfileName.Ci, 1, ClaimSetting.Linear));
        Key(ProfileName.Ci, 2, ClaimSetting.Sine).Should().NotBe(Key(ProfileName.Ci, 1, ClaimSetting.Sine), "another seed is another model");
        Key(ProfileName.Ci, 1, ClaimSetting.Sine, prompts: 77).Should().NotBe(Key(ProfileName.Ci, 1, ClaimSetting.Sine), "held-out prompts are other prompts");
    }

    [Fact]
    public void Claim_results_read_back_from_a_childs_file_equal_the_measured_ones_exactly()
    {
        var provider = new ModelProvider(_dir.Sub("cache"), _dir.Sub("store"), TrainPolicy.Store, new RecordingProgress());
        using var models = ModelSet.Load(Profiles.Smoke, seed: 1, provider);
        var measured = ClaimsRunner.Run(models).Claims;
        var file = _dir.Sub("results.json");

        ClaimResultsJson.Write(file, measured);
        var read = ClaimResultsJson.Read(file);

        read.Should().BeEquivalentTo(measured, o => o.WithStrictOrdering().ComparingByMembers<ClaimResult>(),
            "the parent judges the claims on the numbers the child computed, to the last bit");
        read.SelectMany(c => c.Checks).Select(c => c.Measured).Should().Equal(measured.SelectMany(c => c.Checks).Select(c => c.Measured));
    }
}
