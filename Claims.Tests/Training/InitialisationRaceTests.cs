using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Model;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Training;

/// <summary>
/// Model initialisation draws from torch's global generator. A training seeds it and constructs its model under a
/// lock; loading a cached model also constructs one (and so draws), and must take the same lock, or a load running
/// beside a training changes that training's initial weights.
/// </summary>
[Collection(BitwiseTrainingCollection.Name)]
public sealed class InitialisationRaceTests : IDisposable
{
    private readonly ScratchDirectory _dir = new();

    public InitialisationRaceTests() => TorchRuntime.Initialise(1);

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Loading_cached_models_beside_trainings_does_not_change_their_initial_weights()
    {
        var config = TinyTraining.Linear(steps: 1);
        var cached = TinyTraining.Linear(steps: 1, name: "cached");
        var entry = ModelEntry.Write(_dir.Sub("entry"), new Trainer().Train(cached, null).Model, cached, new TrainingState(1, [new LossRecord(1, 1)], 0), "cpu");
        var (reference, _) = new Trainer().Train(config, checkpoint: null);
        var expected = reference.parameters().Select(p => p.clone()).ToList();
        reference.Dispose();

        using var stop = new CancellationTokenSource();
        var loader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested) entry.Load(cached).Dispose();
        }, TestContext.Current.CancellationToken);
        var differing = 0;
        try
        {
            for (var i = 0; i < 40; i++)
            {
                var (model, _) = new Trainer().Train(config, checkpoint: null);
                if (!model.parameters().Zip(expected).All(pair => Bits.Same(pair.First, pair.Second))) differing++;
                model.Dispose();
            }
        }
        finally
        {
            stop.Cancel();
            await loader;
        }

        differing.Should().Be(0, "a training's weights depend only on its configuration");
        foreach (var t in expected) t.Dispose();
    }
}
