using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Model;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Tasks;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Training;

[Collection(IclClaims.Claims.Tests.TestSupport.InProcessTrainingCollection.Name)]
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

    [Fact]
    public void A_two_stage_training_starts_from_its_first_stages_weights_and_refuses_to_start_without_them()
    {
        TorchRuntime.Initialise(1);
        var first = Tiny(30);
        var second = Tiny(30, seed: 4) with { Name = "second", StartFrom = first };
        var (trained, _) = new Trainer().Train(first, checkpoint: null);
        using (trained)
        {
            var (start, state) = new Trainer().Train(second, checkpoint: null, stopAfter: 0, startWeights: trained);
            using (start)
            {
                state.Step.Should().Be(0);
                foreach (var ((name, p), (_, q)) in start.named_parameters().Zip(trained.named_parameters()))
                    Bits.Same(p, q).Should().BeTrue($"{name} starts as the first stage left it");
            }

            var without = () => new Trainer().Train(second, checkpoint: null);
            without.Should().Throw<ArgumentException>().WithMessage("*starts from the trained 'tiny-linear1d' model*");
            var stray = () => new Trainer().Train(first, checkpoint: null, stopAfter: 0, startWeights: trained);
            stray.Should().Throw<ArgumentException>().WithMessage("*no first stage*");
        }
    }

    [Fact]
    public void A_first_stage_of_another_architecture_is_rejected()
    {
        var first = Tiny(30) with { Model = Tiny(30).Model with { Width = 16 } };

        var validate = () => (Tiny(30) with { StartFrom = first }).Validate();

        validate.Should().Throw<ArgumentException>().WithMessage("*architecture differs*");
    }
}
