using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Model;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Claims;

/// <summary>Which (profile, seed) runs a run verifies: every stored seed by default; named seeds train in the run where the profile may.</summary>
public sealed class VerificationPlanTests : IDisposable
{
    private readonly ScratchDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Store(params (ProfileName Profile, int Seed)[] seeds)
    {
        var store = _dir.Sub("store");
        foreach (var (profile, seed) in seeds)
        foreach (var name in ExperimentProfile.ModelNames)
        {
            // Untrained weights suffice: the plan reads which seeds hold every model, not what the models learned.
            var config = Profiles.Get(profile).Model(name, seed);
            using var model = Models.Create(config.Model);
            ModelEntry.Write(ModelEntry.InStore(store, profile, seed, name).Directory, model, config, new TrainingState(config.Steps, [new LossRecord(config.Steps, 1)], 0), "cpu");
        }
        return store;
    }

    private static SuiteSettings Settings(IReadOnlyList<int>? seeds = null, bool profilesGiven = false) =>
        new([ProfileName.Ci, ProfileName.Extended], seeds ?? [SuiteSettings.DefaultSeed], 0, "cache", "out", TrainPolicy.Store, false,
            ProfilesGiven: profilesGiven, SeedsGiven: seeds is not null);

    [Fact]
    public void By_default_every_stored_seed_of_every_stored_profile_is_verified()
    {
        var store = Store((ProfileName.Ci, 1), (ProfileName.Ci, 3), (ProfileName.Extended, 2));

        var plan = VerificationPlan.For(Settings(), store);

        plan.Runs.Should().Equal(new VerificationRun(ProfileName.Ci, 1), new VerificationRun(ProfileName.Ci, 3), new VerificationRun(ProfileName.Extended, 2));
        plan.Unstored.Should().BeEmpty();
    }

    [Fact]
    public void A_named_seed_the_store_lacks_trains_in_the_run_for_ci_and_is_reported_for_extended()
    {
        var store = Store((ProfileName.Ci, 1), (ProfileName.Extended, 1));

        var plan = VerificationPlan.For(Settings(seeds: [4242]), store);

        // Extended's stored seed 1 was not asked for: the run names the seed it lacks instead of verifying another.
        plan.Runs.Should().Equal(new VerificationRun(ProfileName.Ci, 4242));
        plan.Unstored.Should().ContainSingle().Which.Should().Contain("not seed 4242").And.Contain("train --profile Extended --all --seed 4242");
    }

    [Fact]
    public void Named_seeds_restrict_a_store_only_profile_to_those_its_store_holds()
    {
        var store = Store((ProfileName.Ci, 1), (ProfileName.Extended, 1), (ProfileName.Extended, 2), (ProfileName.Extended, 3));

        var plan = VerificationPlan.For(Settings(seeds: [2, 5]), store);

        plan.Runs.Should().Equal(new VerificationRun(ProfileName.Ci, 2), new VerificationRun(ProfileName.Ci, 5), new VerificationRun(ProfileName.Extended, 2));
        plan.Unstored.Should().ContainSingle().Which.Should().Contain("not seed 5");
    }

    [Fact]
    public void A_stored_profile_whose_store_is_empty_trains_in_the_run_where_it_may_and_fails_by_name_where_it_may_not()
    {
        var plan = VerificationPlan.For(Settings(), _dir.Sub("empty-store"));

        // Ci trains its default seed; Extended's run stays, so that it fails with the store's own message.
        plan.Runs.Should().Equal(new VerificationRun(ProfileName.Ci, 1), new VerificationRun(ProfileName.Extended, 1));
    }
}
