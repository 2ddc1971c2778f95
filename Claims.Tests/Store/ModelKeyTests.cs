using FluentAssertions;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Model;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Tasks;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Store;

/// <summary>A model's key identifies its whole configuration: equal configs share it, any change moves it.</summary>
public class ModelKeyTests
{
    private static TrainingConfig Base() => new(
        "key-test",
        new MixtureTaskSpec([new WeightedTask(LinearTaskSpec.Dense(4), 0.5), new WeightedTask(new LinearTaskSpec(4, 1), 0.5)]),
        new TransformerConfig(4, 9, 2, 2, 32),
        new OptimiserConfig(1e-3, 10, 0.1, 1, 32),
        Steps: 100,
        Seed: 1);

    [Fact]
    public void Equal_configs_built_separately_have_the_same_key()
    {
        var key = ModelKey.Of(Base());

        ModelKey.Of(Base()).Should().Be(key);
        key.Should().MatchRegex("^[0-9a-f]{16}$");
        ModelKey.Of(Profiles.Ci.Model(ExperimentProfile.MixtureModel, 1)).Should().Be(ModelKey.Of(Profiles.Ci.Model(ExperimentProfile.MixtureModel, 1)));
    }

    public static TheoryData<string> Changes =>
        ["seed", "steps", "name", "task-sparsity", "task-weight", "task-kind", "model-width", "model-layers", "optimiser-lr", "optimiser-batch", "curriculum", "start-from", "first-stage-steps"];

    private static TrainingConfig Change(TrainingConfig c, string what) => what switch
    {
        "seed" => c.WithSeed(2),
        "steps" => c with { Steps = 101 },
        "name" => c with { Name = "other" },
        "task-sparsity" => c with { Task = new MixtureTaskSpec([new WeightedTask(LinearTaskSpec.Dense(4), 0.5), new WeightedTask(new LinearTaskSpec(4, 2), 0.5)]) },
        "task-weight" => c with { Task = new MixtureTaskSpec([new WeightedTask(LinearTaskSpec.Dense(4), 0.6), new WeightedTask(new LinearTaskSpec(4, 1), 0.4)]) },
        "task-kind" => c with { Task = LinearTaskSpec.Dense(4) },
        "model-width" => c with { Model = c.Model with { Width = 64 } },
        "model-layers" => c with { Model = c.Model with { Layers = 3 } },
        "optimiser-lr" => c with { Optimiser = c.Optimiser with { PeakLearningRate = 2e-3 } },
        "optimiser-batch" => c with { Optimiser = c.Optimiser with { Batch = 64 } },
        "curriculum" => c with { Curriculum = new CurriculumConfig(2, 1, 5, 2, 10) },
        "start-from" => c with { StartFrom = FirstStage() },
        "first-stage-steps" => Change(c, "start-from") with { StartFrom = FirstStage() with { Steps = 99 } },
        _ => throw new ArgumentOutOfRangeException(nameof(what)),
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Changing_any_field_changes_the_key(string what)
    {
        var changed = Change(Base(), what);

        changed.Should().NotBe(Base());
        ModelKey.Of(changed).Should().NotBe(ModelKey.Of(Base()));
    }

    private static TrainingConfig FirstStage() => Base() with { Name = "first", Task = new LinearTaskSpec(4, 1) };

    [Fact]
    public void A_training_without_a_first_stage_hashes_the_text_it_hashed_before_first_stages_existed()
    {
        // Pinned: a key moving here would stale every committed store entry (the staleness test would name them all).
        ModelKey.Of(Base()).Should().Be("8626ee21bcf195a4", "the key this configuration had before first stages existed (the store's entries, keyed then, still match)");
    }

    [Fact]
    public void A_two_stage_training_carries_its_seed_into_its_first_stage()
    {
        var twoStage = Base() with { StartFrom = FirstStage() };

        twoStage.WithSeed(7).StartFrom!.Seed.Should().Be(7);
        foreach (var profile in new[] { Profiles.Ci, Profiles.Extended })
            profile.Model(ExperimentProfile.MixtureModel, 3).StartFrom.Should().Be(profile.Model(LinearSetting.FirstStageModel, 3),
                $"at {profile.Name} the mixture starts from a first stage of its own, of its own seed");
    }

    [Fact]
    public void The_models_of_the_profiles_have_distinct_keys_except_the_sine_setting_that_Extended_shares_with_Ci()
    {
        var configs = new[] { Profiles.Smoke, Profiles.Ci, Profiles.Extended, Profiles.Paper }
            .SelectMany(p => ExperimentProfile.ModelNames.Select(n => (Profile: p.Name, Name: n, Key: ModelKey.Of(p.Model(n, 1)))))
            .Where(m => !(m.Profile == ProfileName.Extended && m.Name == ExperimentProfile.SineMixtureModel))
            .ToList();

        configs.Select(m => m.Key).Should().OnlyHaveUniqueItems();
        ModelKey.Of(Profiles.Extended.Model(ExperimentProfile.SineMixtureModel, 1))
            .Should().Be(ModelKey.Of(Profiles.Ci.Model(ExperimentProfile.SineMixtureModel, 1)), "Extended reuses Ci's 1-D sine setting");
    }

    [Fact]
    public void The_mixture_model_trains_for_its_own_step_count_when_the_profile_gives_one()
    {
        var setting = Profiles.Ci.Linear with { MixtureSteps = 12345 };
        var profile = Profiles.Ci with { Linear = setting };

        profile.Model(ExperimentProfile.MixtureModel, 1).Steps.Should().Be(12345);
        profile.Model(ExperimentProfile.SparseModel, 1).Steps.Should().Be(Profiles.Ci.Linear.Steps);
        Profiles.Smoke.Model(ExperimentProfile.MixtureModel, 1).Steps.Should().Be(Profiles.Smoke.Linear.Steps, "without MixtureSteps the mixture trains the specialists' steps");
    }

    [Fact]
    public void A_first_stage_with_the_specialists_steps_is_the_sparse_specialist_itself_and_one_with_its_own_steps_is_another_model()
    {
        var twoStage = Profiles.Smoke.Linear with { MixtureStartsFromSparse = true };
        var sparse = ModelKey.Of(Profiles.Smoke.Model(ExperimentProfile.SparseModel, 1));

        var same = Profiles.Smoke with { Linear = twoStage with { FirstStageSteps = twoStage.Steps } };
        ModelKey.Of(same.Model(ExperimentProfile.MixtureModel, 1).StartFrom!).Should().Be(sparse, "one training, not two of the same configuration");

        var own = Profiles.Smoke with { Linear = twoStage with { FirstStageSteps = 7 } };
        var first = own.Model(ExperimentProfile.MixtureModel, 1).StartFrom!;
        (first.Name, first.Steps, first.Task).Should().Be((LinearSetting.FirstStageModel, 7, twoStage.Sparse));
        ModelKey.Of(own.Model(ExperimentProfile.SparseModel, 1)).Should().Be(sparse, "the specialist keeps its own budget");
    }

    [Theory]
    [InlineData(false, null, null, 20, true)]    // one stage, as the paper: the mixture trains as long as each specialist
    [InlineData(true, null, null, 40, false)]    // starting from the specialist itself: twice its budget
    [InlineData(true, 10, 10, 20, true)]         // a first stage of its own: half on the sparse class, half on the mixture
    [InlineData(true, 10, 20, 30, false)]
    public void The_mixtures_budget_counts_both_stages(bool twoStage, int? firstStage, int? mixtureSteps, int budget, bool matched)
    {
        var setting = Profiles.Smoke.Linear with { MixtureStartsFromSparse = twoStage, FirstStageSteps = firstStage, MixtureSteps = mixtureSteps };

        (setting.MixtureBudget, setting.BudgetsMatched).Should().Be((budget, matched));
    }

    [Fact]
    public void The_Ci_models_of_claims_1_to_3_share_one_budget()
    {
        Profiles.Ci.Linear.BudgetsMatched.Should().BeTrue("the claims compare the mixture with the specialists (docs/budgets.md)");
        var mixture = Profiles.Ci.Model(ExperimentProfile.MixtureModel, 1);
        (mixture.Steps + mixture.StartFrom!.Steps).Should().Be(Profiles.Ci.Model(ExperimentProfile.DenseModel, 1).Steps);
    }

    /// <summary>
    /// A first stage of its own is a model of the profile: `train` takes its name, trains it before the mixture, and a
    /// store-served profile keeps it as a store entry the mixture is regenerated from (docs/budgets.md, "Extended").
    /// </summary>
    [Fact]
    public void A_first_stage_of_its_own_is_trained_by_name_before_the_mixture_that_starts_from_it()
    {
        var ci = Profiles.Ci;
        ci.TrainedModels.Should().ContainInOrder(LinearSetting.FirstStageModel, ExperimentProfile.MixtureModel);
        ci.Model(LinearSetting.FirstStageModel, 2).Should().Be(ci.Model(ExperimentProfile.MixtureModel, 2).StartFrom);

        var smoke = Profiles.Smoke;
        smoke.TrainedModels.Should().Equal(ExperimentProfile.ModelNames, "Smoke's mixture trains in one stage");
        smoke.Invoking(p => p.Model(LinearSetting.FirstStageModel, 1)).Should().Throw<UserInputException>()
            .WithMessage("*unknown model 'sparse-first-stage' at profile Smoke*");

        var extended = Profiles.Extended;
        extended.Home.Should().Be(ModelHome.Store);
        extended.TrainedModels.Should().ContainInOrder(LinearSetting.FirstStageModel, ExperimentProfile.MixtureModel);
        extended.Linear.BudgetsMatched.Should().BeTrue();
    }
}
