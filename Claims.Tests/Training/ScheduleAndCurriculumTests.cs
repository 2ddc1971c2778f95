using FluentAssertions;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Tasks;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Training;

/// <summary>Learning rate (linear warm-up, cosine decay to a floor) and Garg's curriculum at chosen steps.</summary>
public class ScheduleAndCurriculumTests
{
    private static readonly OptimiserConfig WarmCosine = new(1e-3, WarmupSteps: 10, FinalFraction: 0.1, GradientClip: 1, Batch: 8);

    [Theory]
    [InlineData(0, 1e-4)]      // warm-up starts at peak / warmup, never at zero
    [InlineData(4, 5e-4)]
    [InlineData(9, 1e-3)]      // last warm-up step reaches the peak
    [InlineData(10, 1e-3)]     // cosine starts at the peak
    [InlineData(60, 0.55e-3)]  // half-way: floor + (peak - floor) / 2
    [InlineData(110, 1e-4)]    // last step: peak * FinalFraction
    [InlineData(500, 1e-4)]    // beyond the end it stays at the floor
    public void Warm_up_then_cosine_decay_to_the_floor(int step, double expected)
    {
        LearningRateSchedule.At(step, 110, WarmCosine).Should().BeApproximately(expected, 1e-12);
    }

    [Fact]
    public void Cosine_decay_is_monotone_after_warm_up()
    {
        var rates = Enumerable.Range(10, 101).Select(s => LearningRateSchedule.At(s, 110, WarmCosine)).ToArray();

        rates.Should().BeInDescendingOrder();
        LearningRateSchedule.At(35, 110, WarmCosine).Should().BeApproximately(1e-4 + 0.9e-3 * 0.5 * (1 + Math.Cos(Math.PI / 4)), 1e-12);
    }

    [Fact]
    public void Paper_optimiser_keeps_a_constant_rate()
    {
        var o = Profiles.Paper.Linear.Optimiser;

        new[] { 0, 1, 250_000, 499_999 }.Select(s => LearningRateSchedule.At(s, 500_000, o)).Should().AllSatisfy(r => r.Should().Be(1e-4));
    }

    [Theory]
    [InlineData(0, 5, 11)]
    [InlineData(1999, 5, 11)]
    [InlineData(2000, 6, 13)]
    [InlineData(28_000, 19, 39)]
    [InlineData(30_000, 20, 41)]
    [InlineData(499_999, 20, 41)]  // capped at the model's d and points
    public void Paper_curriculum_grows_dimension_and_points_every_2000_steps(int step, int dim, int points)
    {
        var config = Profiles.Paper.Model(ExperimentProfile.DenseModel, seed: 1);

        Curriculum.At(step, config).Should().Be((dim, points));
    }

    [Fact]
    public void Without_a_curriculum_every_step_uses_the_full_prompt()
    {
        var config = Profiles.Ci.Model(ExperimentProfile.SparseModel, seed: 1);

        Curriculum.At(0, config).Should().Be((4, 9));
        Curriculum.At(7999, config).Should().Be((4, 9));
    }

    [Fact]
    public void The_curriculum_keeps_dense_tasks_dense_and_sparse_tasks_at_most_k_sparse()
    {
        LinearTaskSpec.Dense(20).AtDimension(5).Should().Be(LinearTaskSpec.Dense(5));
        new LinearTaskSpec(20, 2).AtDimension(5).Should().Be(new LinearTaskSpec(5, 2));
        new LinearTaskSpec(20, 8).AtDimension(5).Should().Be(new LinearTaskSpec(5, 5));
        Profiles.Paper.Linear.Mixture.AtDimension(6).Should().Be(
            new MixtureTaskSpec([new WeightedTask(LinearTaskSpec.Dense(6), 0.5), new WeightedTask(new LinearTaskSpec(6, 2), 0.5)]));
    }
}
