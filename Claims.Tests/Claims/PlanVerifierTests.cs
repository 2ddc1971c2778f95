using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Model;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Claims;

/// <summary>A stale store entry fails the whole run at once, with the one command that regenerates it.</summary>
public sealed class PlanVerifierTests : IDisposable
{
    private readonly ScratchDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_stale_store_entry_fails_every_run_before_anything_is_trained_or_measured_naming_the_command_that_regenerates_it()
    {
        var store = _dir.Sub("store");
        // An entry of another configuration where Smoke's dense model belongs: what a change to the training code leaves.
        var current = Profiles.Smoke.Model(ExperimentProfile.DenseModel, 1);
        var stale = current with { Steps = current.Steps + 1 };
        using (var model = Models.Create(stale.Model))
            ModelEntry.Write(ModelEntry.InStore(store, ProfileName.Smoke, 1, stale.Name).Directory, model, stale,
                new TrainingState(stale.Steps, [new LossRecord(stale.Steps, 1)], 0), "cpu");
        var provider = new ModelProvider(_dir.Sub("cache"), store, TrainPolicy.Store, new RecordingProgress());

        var outcomes = new PlanVerifier(provider, _dir.Sub("cache"), null, new RecordingProgress())
            .Verify([new VerificationRun(ProfileName.Smoke, 1), new VerificationRun(ProfileName.Smoke, 2)]);

        // Seed 2 would have trained its four models into the cache: nothing is trained or measured once the store is stale.
        (Directory.Exists(_dir.Sub("cache")) ? Directory.GetFileSystemEntries(_dir.Sub("cache")) : []).Should().BeEmpty();
        outcomes.Should().HaveCount(2).And.OnlyContain(o => o.Outcome == null && o.Failure is StaleStoreEntryException);
        outcomes[0].Failure!.Message.Should().Contain("does not match the current configuration")
            .And.Contain(RegenerateCommand.For(ProfileName.Smoke, ExperimentProfile.DenseModel, 1));
    }
}
