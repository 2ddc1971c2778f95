using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Baselines;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Tasks;
using TorchSharp;
using static TorchSharp.torch;

namespace IclClaims.Claims.Tests.Tasks;

/// <summary>The function-class samplers draw what their definitions say, reproducibly per seed.</summary>
public class SamplerTests
{
    public SamplerTests() => TorchRuntime.Initialise(1);

    [Fact]
    public void Sparse_prompts_have_exactly_k_non_zero_weights_on_the_reported_support()
    {
        const int d = 10, k = 3, batch = 200, points = 30;
        using var g = new Generator(11);
        using var p = new LinearTaskSpec(d, k).Sample(batch, points, g);
        using var scope = NewDisposeScope();

        p.Support!.sum(1).to(int64).data<long>().ToArray().Should().AllSatisfy(c => c.Should().Be(k));

        // y = x.w exactly: with more points than dimensions w is recovered from the prompt itself.
        var xt = p.Xs.transpose(1, 2);
        var w = linalg.solve(matmul(xt, p.Xs), matmul(xt, p.Ys.unsqueeze(-1))).squeeze(-1);
        var residual = (matmul(p.Xs, w.unsqueeze(-1)).squeeze(-1) - p.Ys).abs().max().item<double>();
        residual.Should().BeLessThan(1e-9, "targets are an exact linear function of the inputs");
        var nonZero = w.abs() > 1e-8;
        nonZero.sum(1).to(int64).data<long>().ToArray().Should().AllSatisfy(c => c.Should().Be(k));
        nonZero.eq(p.Support!).all().item<bool>().Should().BeTrue("the recovered weights are non-zero exactly on the reported support");
    }

    [Fact]
    public void Sparse_supports_cover_every_coordinate_uniformly()
    {
        const int d = 5, k = 2, batch = 5000;
        using var g = new Generator(12);
        using var p = new LinearTaskSpec(d, k).Sample(batch, 1, g);
        // sum(dim: 0), not sum(0): a literal 0 converts to ScalarType and would sum everything into a byte.
        var counts = p.Support!.sum(dim: 0).to(float64).data<double>().ToArray();

        // Each coordinate is in the support with probability k/d; 99% interval of a binomial count.
        var q = (double)k / d;
        var half = 2.576 * Math.Sqrt(batch * q * (1 - q));
        counts.Should().AllSatisfy(c => c.Should().BeInRange(batch * q - half, batch * q + half));
    }

    [Fact]
    public void Dense_prompts_use_every_coordinate()
    {
        using var g = new Generator(13);
        using var p = LinearTaskSpec.Dense(6).Sample(50, 3, g);

        p.Support!.all().item<bool>().Should().BeTrue();
    }

    [Theory]
    [InlineData(0.5, 0.5)]
    [InlineData(0.3, 0.7)]
    [InlineData(3.0, 1.0)]
    public void Mixture_proportions_lie_within_a_99_percent_binomial_interval(double denseWeight, double sparseWeight)
    {
        const int d = 8, batch = 4000;
        var spec = new MixtureTaskSpec([new WeightedTask(LinearTaskSpec.Dense(d), denseWeight), new WeightedTask(new LinearTaskSpec(d, 2), sparseWeight)]);
        using var g = new Generator(14);
        using var p = spec.Sample(batch, 2, g);
        var sizes = p.Support!.sum(1).to(int64).data<long>().ToArray();

        sizes.Should().AllSatisfy(s => s.Should().BeOneOf(d, 2), "every prompt comes from one of the two classes");
        var dense = sizes.Count(s => s == d);
        var q = denseWeight / (denseWeight + sparseWeight);
        var half = 2.576 * Math.Sqrt(batch * q * (1 - q));
        ((double)dense).Should().BeInRange(batch * q - half, batch * q + half);
    }

    [Fact]
    public void Mixture_rows_are_exact_linear_functions_of_their_own_class()
    {
        const int d = 4, batch = 300, points = 12;
        var spec = new MixtureTaskSpec([new WeightedTask(LinearTaskSpec.Dense(d), 0.5), new WeightedTask(new LinearTaskSpec(d, 1), 0.5)]);
        using var g = new Generator(15);
        using var p = spec.Sample(batch, points, g);
        using var scope = NewDisposeScope();

        var xt = p.Xs.transpose(1, 2);
        var w = linalg.solve(matmul(xt, p.Xs), matmul(xt, p.Ys.unsqueeze(-1))).squeeze(-1);
        (matmul(p.Xs, w.unsqueeze(-1)).squeeze(-1) - p.Ys).abs().max().item<double>().Should().BeLessThan(1e-9);
        (w.abs() > 1e-8).eq(p.Support!).all().item<bool>().Should().BeTrue();
    }

    [Fact]
    public void Drawn_sinusoid_frequencies_and_phases_stay_in_their_ranges()
    {
        var sine = LinearSineTaskSpec.Sine(new FrequencyBand(1, 3));
        using var g = new Generator(16);
        using var scope = NewDisposeScope();
        var f = sine.Draw(5000, g);

        f.Omega.min().item<double>().Should().BeGreaterThanOrEqualTo(1).And.BeLessThan(1.01);
        f.Omega.max().item<double>().Should().BeLessThanOrEqualTo(3).And.BeGreaterThan(2.99);
        f.Phi.min().item<double>().Should().BeGreaterThanOrEqualTo(0);
        f.Phi.max().item<double>().Should().BeLessThan(2 * Math.PI);
    }

    [Fact]
    public void Sampled_sinusoids_are_bounded_and_their_fitted_frequencies_lie_in_the_band()
    {
        const int batch = 60, points = 41;
        var sine = LinearSineTaskSpec.Sine(new FrequencyBand(1, 3));
        using var g = new Generator(17);
        using var p = sine.Sample(batch, points, g);
        using var scope = NewDisposeScope();

        p.Ys.abs().max().item<double>().Should().BeLessThanOrEqualTo(1, "a = 0 leaves sin(omega x + phi) alone");
        // The oracle fit of r sin(omega x + phi) on the whole prompt recovers each prompt's omega.
        var oracle = new SinusoidOracle(omegaMin: 0.2, omegaMax: 10, gridSize: 200);
        var omega = oracle.ChosenFrequency(p)[.., -1].data<double>().ToArray();
        omega.Should().AllSatisfy(w => w.Should().BeInRange(0.99, 3.01));
        omega.Min().Should().BeLessThan(1.4, "the band is covered down to its lower end");
        omega.Max().Should().BeGreaterThan(2.6, "the band is covered up to its upper end");
    }

    [Fact]
    public void Uniform_inputs_stay_within_their_width()
    {
        var spec = new LinearSineTaskSpec(0.5, 1, 3, InputKind.Uniform, 2.5);
        using var g = new Generator(18);
        using var p = spec.Sample(500, 10, g);

        p.Xs.abs().max().item<double>().Should().BeLessThanOrEqualTo(2.5).And.BeGreaterThan(2.4);
    }

    public static TheoryData<string> SpecNames => ["sparse", "dense", "mixture", "sine", "combination", "sine-mixture"];

    private static TaskSpec Spec(string name) => name switch
    {
        "sparse" => new LinearTaskSpec(6, 2),
        "dense" => LinearTaskSpec.Dense(6),
        "mixture" => Profiles.Ci.Linear.Mixture,
        "sine" => Profiles.Ci.Sine.Sine,
        "combination" => Profiles.Ci.Sine.Combination(0.3),
        "sine-mixture" => Profiles.Ci.Sine.Mixture,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(SpecNames))]
    public void Seeded_sampling_is_reproducible_and_different_seeds_differ(string name)
    {
        var functions = Spec(name);
        Prompts Draw(ulong seed)
        {
            using var g = new Generator(seed);
            return functions.Sample(16, 7, g);
        }

        using var a = Draw(5);
        using var b = Draw(5);
        using var c = Draw(6);

        Bits.Same(a.Xs, b.Xs).Should().BeTrue();
        Bits.Same(a.Ys, b.Ys).Should().BeTrue();
        if (a.Support is not null) Bits.Same(a.Support, b.Support!).Should().BeTrue();
        Bits.Same(a.Xs, c.Xs).Should().BeFalse();
        Bits.Same(a.Ys, c.Ys).Should().BeFalse();
    }
}
