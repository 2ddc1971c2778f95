using FluentAssertions;
using IclClaims.Experiments.Evaluation;
using static TorchSharp.torch;

namespace IclClaims.Claims.Tests.Evaluation;

/// <summary>Learning curves from per-prompt values: mean, standard error and the bootstrap band of the mean.</summary>
public sealed class CurveEvaluatorTests
{
    private static Tensor Values(int prompts, int points, ulong seed)
    {
        using var generator = new Generator(seed);
        return rand([prompts, points], dtype: float64, generator: generator).square();
    }

    [Fact]
    public void Mean_and_standard_error_are_those_of_each_column()
    {
        using var values = Values(300, 5, 1);
        var curve = CurveEvaluator.Summarise("p", "t", values);

        using var mean = values.mean([0]);
        using var se = values.std([0]) / Math.Sqrt(300);
        curve.Mean.Should().Equal(mean.data<double>().ToArray());
        curve.StdErr.Should().Equal(se.data<double>().ToArray());
        curve.N.Should().Equal(0, 1, 2, 3, 4);
    }

    [Fact]
    public void The_band_is_the_5_to_95_percent_quantile_of_the_means_of_resampled_prompts()
    {
        const int prompts = 257, resamples = 150, seed = 7;
        using var values = Values(prompts, 4, 2);
        var curve = CurveEvaluator.Summarise("p", "t", values, seed, resamples);

        // The definition, computed the direct way: draw the same resamples, gather their rows, average them.
        using var generator = new Generator((ulong)seed + 0x5EEDUL);
        using var idx = randint(0, prompts, [resamples, prompts], generator: generator);
        using var means = values.index_select(0, idx.view(-1)).view(resamples, prompts, -1).mean([1]);
        using var lo = means.quantile(0.05, dim: 0);
        using var hi = means.quantile(0.95, dim: 0);
        curve.Lower.Zip(lo.data<double>().ToArray()).Should().OnlyContain(p => Math.Abs(p.First - p.Second) <= 1e-12 * Math.Abs(p.Second));
        curve.Upper.Zip(hi.data<double>().ToArray()).Should().OnlyContain(p => Math.Abs(p.First - p.Second) <= 1e-12 * Math.Abs(p.Second));
        for (var i = 0; i < curve.Mean.Length; i++)
        {
            curve.Lower[i].Should().BeLessThan(curve.Mean[i]);
            curve.Upper[i].Should().BeGreaterThan(curve.Mean[i]);
        }
    }

    [Fact]
    public void The_band_follows_its_seed()
    {
        using var values = Values(100, 3, 3);

        CurveEvaluator.Summarise("p", "t", values, seed: 1).Lower.Should().Equal(CurveEvaluator.Summarise("p", "t", values, seed: 1).Lower);
        CurveEvaluator.Summarise("p", "t", values, seed: 1).Lower.Should().NotEqual(CurveEvaluator.Summarise("p", "t", values, seed: 2).Lower);
    }
}
