using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Store;

/// <summary>
/// A cache or checkpoint folder that cannot be written once training has started (a full disk, a path too long)
/// costs the cache entry or the checkpoint, never the finished training. A regular file where the folder should be
/// stands in for a full disk: every write under it fails with an IOException, even for root.
/// </summary>
[Collection(IclClaims.Claims.Tests.TestSupport.InProcessTrainingCollection.Name)]
public sealed class UnwritableCacheTests : IDisposable
{
    private readonly ScratchDirectory _dir = new();
    private readonly RecordingProgress _progress = new();

    public UnwritableCacheTests() => TorchRuntime.Initialise(1);

    public void Dispose() => _dir.Dispose();

    private string Unwritable()
    {
        var file = _dir.Sub("full");
        File.WriteAllText(file, "");
        return Path.Combine(file, "cache");
    }

    [Fact]
    public void A_training_whose_cache_entry_cannot_be_written_still_serves_its_model_and_names_where_it_could_not_be_written()
    {
        var cache = Unwritable();
        var provider = new ModelProvider(cache, _dir.Sub("store"), TrainPolicy.Store, _progress);
        var config = TinyTraining.Linear(steps: 4);

        var (model, source) = provider.Get(ProfileName.Smoke, config);

        using (model) source.Should().Be(ModelSource.Trained);
        _progress.Messages.Should().ContainSingle(m => m.Contains("could not be cached", StringComparison.Ordinal))
            .Which.Should().Contain(provider.CacheEntry(config).Directory);
    }

    [Fact]
    public void A_checkpoint_that_cannot_be_written_is_reported_once_and_the_training_finishes()
    {
        var checkpoint = new Checkpoint(Unwritable(), "key");
        var config = TinyTraining.Linear(steps: 3 * Trainer.LossLogInterval);

        var (model, state) = new Trainer(_progress, checkpointEvery: TimeSpan.Zero).Train(config, checkpoint);

        using (model) state.Step.Should().Be(config.Steps);
        _progress.Messages.Where(m => m.Contains("no checkpoint could be written", StringComparison.Ordinal)).Should().ContainSingle();
    }

    [Fact]
    public void An_interrupt_whose_checkpoint_cannot_be_written_still_stops_the_training_and_says_no_checkpoint_was_written()
    {
        var checkpoint = new Checkpoint(Unwritable(), "key");
        using var interrupt = new CancellationTokenSource();
        interrupt.Cancel();

        var act = () => new Trainer(_progress, interrupt: interrupt.Token).Train(TinyTraining.Linear(steps: 2 * Trainer.LossLogInterval), checkpoint);

        act.Should().Throw<TrainingInterruptedException>()
            .Which.Message.Should().Contain("no checkpoint could be written").And.Contain(checkpoint.Directory).And.NotContain("checkpoint written to");
    }
}
