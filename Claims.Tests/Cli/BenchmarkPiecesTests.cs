using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Benchmarks;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Runtime;

namespace IclClaims.Claims.Tests.Cli;

/// <summary>The arithmetic and layout behind the bench command.</summary>
[Collection(IclClaims.Claims.Tests.TestSupport.InProcessTrainingCollection.Name)]
public class BenchmarkPiecesTests
{
    public BenchmarkPiecesTests() => TorchRuntime.Initialise(1);

    [Fact]
    public void Step_flops_of_the_Ci_model_follow_the_documented_formula()
    {
        var ci = Profiles.Ci.Linear;
        var f = StepFlops.For(ci.Model, ci.Optimiser.Batch, ci.Points);

        // 201,601 parameters of the pre-LN model (see ModelTests' formula), less the post-LN model's absent final
        // LayerNorm (2 x 64) and the 2N x W = 18 x 64 position table.
        f.MultiplyingParameters.Should().Be(200_321);
        f.TokensPerPrompt.Should().Be(18);
        f.DenseForward.Should().Be(2.0 * 200_321 * 128 * 18);
        f.AttentionForward.Should().Be(4.0 * 4 * 128 * 18 * 18 * 64);
        f.Step.Should().Be(3 * (2.0 * 200_321 * 128 * 18 + 42_467_328.0));
    }

    [Fact]
    public void Text_tables_align_text_left_and_numbers_right()
    {
        var text = new TextTable(1, "name", "value").Add("a", "1.5").Add("longer", "10.25").ToString();

        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "  name    value",
            "  ------  -----",
            "  a         1.5",
            "  longer  10.25");
    }

    [Fact]
    public void A_short_training_is_timed_after_its_warm_up()
    {
        var seconds = TrainingStepBenchmark.SecondsPerStep(TinyTraining.Linear(), steps: 3);

        // A time, not a speed target: how fast a step is belongs to the bench command and docs/throughput.md.
        double.IsFinite(seconds).Should().BeTrue();
        seconds.Should().BeGreaterThan(0);
    }
}
