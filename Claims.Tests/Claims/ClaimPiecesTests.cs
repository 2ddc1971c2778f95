using FluentAssertions;
using IclClaims.Experiments.Baselines;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Evaluation;
using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Tasks;
using TorchSharp;
using static TorchSharp.torch;

namespace IclClaims.Claims.Tests.Claims;

/// <summary>The pieces claim 1's new checks stand on: the share-of-gain estimate, the "not clearly above" law, the task specs' own validation.</summary>
public sealed class ClaimPiecesTests
{
    public ClaimPiecesTests() => TorchRuntime.Initialise(1);

    /// <summary>Predicts <c>(1 - t) * baseline + t * reference</c>, prompt by prompt.</summary>
    private sealed class Between(string name, IPredictor baseline, IPredictor reference, double t) : IPredictor
    {
        public string Name { get; } = name;

        public Tensor Predict(Prompts prompts) => (1 - t) * baseline.Predict(prompts) + t * reference.Predict(prompts);
    }

    [Fact]
    public void A_predictor_whose_error_is_half_way_between_two_others_has_half_the_gain_with_a_small_standard_error()
    {
        using var g = new Generator(5);
        var task = new LinearTaskSpec(6, 6);
        var zero = new ZeroPredictor();
        var oracle = new OracleLeastSquares();
        // Errors are quadratic in the prediction: the prediction 1 - 1/sqrt(2) of the way from the exact one keeps half the zero predictor's error.
        var half = new Between("half", oracle, zero, 1 / Math.Sqrt(2));
        using var e = new PairedEvaluation(task.Name, task.Sample(4000, 8, g), task.ErrorScale, [zero, oracle, half], seed: 1);

        var share = e.ShareOfGainOver("half", oracle.Name, zero.Name, 6, 7);

        share.Mean.Should().BeApproximately(0.5, 1e-9, "oracle is exact at n >= d, so the half-way predictor keeps exactly half of the zero predictor's error");
        share.StdErr.Should().BeLessThan(1e-6);
        e.ShareOfGainOver(oracle.Name, oracle.Name, zero.Name, 6, 7).Mean.Should().BeApproximately(1, 1e-12);
    }

    [Fact]
    public void The_share_of_gain_counts_the_noise_of_its_denominator()
    {
        using var g = new Generator(6);
        var task = new LinearTaskSpec(6, 2);
        using var e = new PairedEvaluation(task.Name, task.Sample(2000, 5, g), task.ErrorScale,
            [new LeastSquares(), new Lasso(0.01), new ZeroPredictor()], seed: 1);

        var share = e.ShareOfGainOver(new ZeroPredictor().Name, new Lasso(0.01).Name, new LeastSquares().Name, 3, 4);
        var numeratorOnly = e.DifferenceOver(new LeastSquares().Name, new ZeroPredictor().Name, 3, 4)
            .Over(e.DifferenceOver(new LeastSquares().Name, new Lasso(0.01).Name, 3, 4));

        share.Mean.Should().BeApproximately(numeratorOnly.Mean, 1e-9);
        share.StdErr.Should().BeGreaterThan(0);
        share.StdErr.Should().NotBeApproximately(numeratorOnly.StdErr, 1e-6, "the delta method's error is not the numerator's alone");
    }

    [Theory]
    [InlineData(0.0005, 0.001, true)]   // below the bar
    [InlineData(0.0015, 0.001, true)]   // above the bar, but not clearly: mean - 2 SE = 0.0005
    [InlineData(0.0035, 0.001, false)]  // clearly above: mean - 2 SE = 0.0025
    public void Not_clearly_above_fails_only_on_a_clear_violation(double mean, double stdErr, bool holds) =>
        new Bar(0.001, "law").NotClearlyAbove("gain over Bayes", new Estimate(mean, stdErr)).Holds.Should().Be(holds);

    [Fact]
    public void A_predictor_has_one_colour_whatever_its_parameters_and_an_unknown_name_none()
    {
        PredictorColors.Of(new Lasso(0.01).Name).Should().Be(PredictorColors.Of(new Lasso(0.1).Name)).And.NotBeNull();
        PredictorColors.Of(BayesLinearPredictor.Sparse(4, 1).Name).Should().Be(PredictorColors.Of(BayesLinearPredictor.Dense(4).Name));
        PredictorColors.Of(BayesLinearPredictor.DenseSparseMixture(4, 1).Name).Should().NotBe(PredictorColors.Of(BayesLinearPredictor.Dense(4).Name),
            "F1a and F1b show the mixture prior's and the class's Bayes predictors side by side");
        PredictorColors.Of("mixture to sparse model").Should().BeNull();
    }

    [Fact]
    public void Task_specs_refuse_what_no_function_class_is()
    {
        FluentActions.Invoking(() => new LinearTaskSpec(4, 5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*between 1 and d = 4*");
        FluentActions.Invoking(() => new LinearTaskSpec(0, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new LinearSineTaskSpec(1.5, 1, 3)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new LinearSineTaskSpec(0, 3, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new MixtureTaskSpec([new WeightedTask(LinearTaskSpec.Dense(4), -1)])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new MixtureTaskSpec([new WeightedTask(LinearTaskSpec.Dense(4), 1), new WeightedTask(LinearTaskSpec.Dense(3), 1)]))
            .Should().Throw<ArgumentException>().WithMessage("*same dimension*");
    }

    [Fact]
    public void A_check_held_at_every_position_names_the_position_it_was_decided_at_apart_from_the_check()
    {
        var curve = new LearningCurve("mixture - sparse", "sparse", [1, 2, 3], [0.01, 0.04, 0.02], [0.001, 0.002, 0.001], [0, 0, 0], [0, 0, 0]);
        var check = new Bar(0.05, "reason").AtMostAtEveryPosition("sparse tasks: mixture - sparse model", curve);

        check.Name.Should().Be("sparse tasks: mixture - sparse model, worst n = 2");
        Bar.SplitWorstPosition(check.Name).Should().Be(("sparse tasks: mixture - sparse model, worst n", "n = 2"));
        Bar.SplitWorstPosition("sparse tasks: least squares - mixture, n < d").Should().Be(("sparse tasks: least squares - mixture, n < d", (string?)null));
    }

    [Fact]
    public void Claim_3s_sparsity_sweep_takes_its_own_prompt_count()
    {
        var setting = Profiles.Smoke.Linear;
        using var dense = Models.Create(setting.Model, 1);
        using var sparse = Models.Create(setting.Model, 2);
        using var mixture = Models.Create(setting.Model, 3);
        var models = new ModelSelectionModels(
            new ModelPredictor(ModelSelectionMeasurements.DenseOnly, dense), new ModelPredictor(ModelSelectionMeasurements.SparseOnly, sparse),
            new ModelPredictor(ModelSelectionMeasurements.Mixture, mixture));

        using var measured = ModelSelectionExperiment.Run(setting, models, prompts: 48, seed: 1, sweepPrompts: 16);

        measured.Dense.Prompts.Batch.Should().Be(48);
        measured.Sparse.Prompts.Batch.Should().Be(48);
        measured.Sweep.Should().HaveCount(setting.Dim).And.OnlyContain(s => s.Evaluation.Prompts.Batch == 16);
    }
}
