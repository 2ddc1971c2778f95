using FluentAssertions;
using IclClaims.Experiments.Baselines;
using IclClaims.Experiments.Tasks;
using static IclClaims.Claims.Tests.Baselines.BaselineTestHelpers;

namespace IclClaims.Claims.Tests.Baselines;

public class FrequencyBaselineTests
{
    [Theory]
    [InlineData(1.0, 3.0)]   // the suggested pretraining band
    [InlineData(0.2, 0.3)]   // far below it
    [InlineData(9.0, 12.0)]  // far above it
    public void Sinusoid_oracle_fits_sinusoids_the_grid_covers(double omegaMin, double omegaMax)
    {
        using var prompts = LinearSineTaskSpec.Sine(new FrequencyBand(omegaMin, omegaMax)).Sample(100, 16, Rng(81));
        var errors = SquaredErrors(new SinusoidOracle(), prompts);
        MeanOver(errors, 8, 15).Should().BeLessThan(1e-3, $"omega in [{omegaMin}, {omegaMax}] from 8 examples on");
        MeanOver(errors, 0, 0).Should().BeGreaterThan(0.1, "with no example nothing is known");
    }

    [Fact]
    public void Sinusoid_oracle_fails_outside_its_grid()
    {
        using var prompts = LinearSineTaskSpec.Sine(FrequencyBand.At(3)).Sample(100, 16, Rng(82));
        var narrow = SquaredErrors(new SinusoidOracle(omegaMin: 0.1, omegaMax: 0.5, gridSize: 50), prompts);
        MeanOver(narrow, 8, 15).Should().BeGreaterThan(0.1);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void Family_fit_recovers_convex_combinations(double linearWeight)
    {
        using var prompts = new LinearSineTaskSpec(linearWeight, 1, 3).Sample(100, 16, Rng(83));
        var family = SquaredErrors(new LinearSineFamilyFit(), prompts);
        var sineOnly = SquaredErrors(new SinusoidOracle(), prompts);
        MeanOver(family, 8, 15).Should().BeLessThan(1e-3, $"a = {linearWeight}");
        MeanOver(sineOnly, 8, 15).Should().BeGreaterThan(10 * MeanOver(family, 8, 15), "without the linear feature the family is not covered");
    }

    [Fact]
    public void Each_prompt_is_fitted_on_its_own_so_a_batch_gives_what_its_parts_give()
    {
        // More prompts than the fit takes at once, split at a point inside one of its blocks.
        using var prompts = LinearSineTaskSpec.Sine(new FrequencyBand(1, 3)).Sample(1200, 12, Rng(84));
        using var head = new Prompts(prompts.Xs.narrow(0, 0, 700), prompts.Ys.narrow(0, 0, 700));
        using var tail = new Prompts(prompts.Xs.narrow(0, 700, 500), prompts.Ys.narrow(0, 700, 500));
        var oracle = new SinusoidOracle();

        using var whole = oracle.Predict(prompts);
        using var parts = TorchSharp.torch.cat([oracle.Predict(head), oracle.Predict(tail)], 0);

        IclClaims.Claims.Tests.TestSupport.Bits.Same(whole, parts).Should().BeTrue("a prompt's fit does not depend on the prompts fitted beside it");
    }
}
