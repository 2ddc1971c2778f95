using FluentAssertions;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Model;
using IclClaims.Experiments.Tasks;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Engine;

public class TrainerTests
{
    private static TrainingConfig Tiny(int steps, int seed = 3) => new(
        "tiny-linear1d",
        new LinearSineTaskSpec(1, 1, 1),
        new TransformerConfig(Dim: 1, MaxPoints: 8, Layers: 2, Heads: 2, Width: 32),
        new OptimiserConfig(3e-3, WarmupSteps: 20, FinalFraction: 0.1, GradientClip: 1, Batch: 64),
        steps,
        seed);

    [Fact]
    public void Training_on_one_dimensional_linear_functions_lowers_the_loss()
    {
        TorchRuntime.Initialise(1);
        var (model, state) = new Trainer().Train(Tiny(400), checkpoint: null);
        using (model)
        {
            var first = state.LossLog[0].Loss;
            var last = state.LossLog[^1].Loss;
            TestContext.Current.TestOutputHelper?.WriteLine(string.Join(" ", state.LossLog.Select(l => $"{l.Step}:{l.Loss:0.000}")));
            last.Should().BeLessThan(0.5 * first, "a linear rule in one dimension is learned within a few hundred steps");
        }
    }
}
