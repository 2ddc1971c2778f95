using System.Collections.Concurrent;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Model;
using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Claims;

/// <summary>The four models of a profile, each with the source that served it.</summary>
public sealed class ModelSet : IDisposable
{
    private readonly Dictionary<string, (IclTransformer Model, ModelSource Source)> _models;

    private ModelSet(ExperimentProfile profile, int seed, Dictionary<string, (IclTransformer, ModelSource)> models)
    {
        Profile = profile;
        Seed = seed;
        _models = models;
    }

    public ExperimentProfile Profile { get; }
    public int Seed { get; }

    public IReadOnlyDictionary<string, ModelSource> Sources => _models.ToDictionary(m => m.Key, m => m.Value.Source);

    public IPredictor Predictor(string name) => new ModelPredictor(name, _models[name].Model);

    public ModelSelectionModels LinearModels => new(
        Predictor(ExperimentProfile.DenseModel), Predictor(ExperimentProfile.SparseModel), Predictor(ExperimentProfile.MixtureModel));

    /// <summary>
    /// Serves every model of <paramref name="profile"/>. Models that must be trained are trained two at a time with
    /// one torch thread each: on two cores that is about 1.6 times the throughput of one training on two threads
    /// (measured: docs/profiles.md, "Training throughput").
    /// </summary>
    public static ModelSet Load(ExperimentProfile profile, int seed, ModelProvider provider, int threads, int parallelTrainings = 2)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(provider);
        var configs = ExperimentProfile.ModelNames.ToDictionary(n => n, n => profile.Model(n, seed));
        var served = new Dictionary<string, (IclTransformer, ModelSource)>();
        var toTrain = new List<TrainingConfig>();
        foreach (var (name, config) in configs)
        {
            if (provider.TryServe(profile.Name, config) is { } hit) served[name] = hit;
            else toTrain.Add(config);
        }
        provider.EnsureTrainingAllowed(profile, toTrain);
        if (toTrain.Count > 0)
        {
            var parallel = Math.Max(1, Math.Min(parallelTrainings, toTrain.Count));
            var threadsPerTraining = parallel > 1 ? 1 : threads;
            // Longest chain first, and each worker takes the next ready model when it is free: the sparse specialist
            // and the mixture that starts from it run on one worker while the long sinusoid model runs on the other.
            var keys = toTrain.ToDictionary(c => c, ModelKey.Of);
            // Among equals, a second stage first: its worker has just finished the first stage and goes straight on.
            var queue = toTrain.OrderByDescending(c => ChainCost(c, toTrain, keys)).ThenByDescending(c => c.StartFrom is not null).ToList();
            var trained = new ConcurrentDictionary<string, (IclTransformer, ModelSource)>();
            // Torch calls on several threads: no finalizer may free a scalar one of them is still reading (FinalizerPause).
            using var pause = FinalizerPause.Hold();
            OrderedTrainingRunner.Run(queue,
                c => queue.Where(other => StartsFrom(c, keys[other])),
                parallel,
                c =>
                {
                    // On the worker's own thread: libtorch's thread count is per thread (TorchRuntime.Initialise).
                    TorchRuntime.Initialise(threadsPerTraining);
                    trained[c.Name] = (provider.TrainAndCache(profile.Name, c, provider.CacheEntry(c)).Model, ModelSource.Trained);
                });
            foreach (var (name, model) in trained) served[name] = model;
            TorchRuntime.Initialise(threads);
        }
        return new ModelSet(profile, seed, served);
    }

    /// <summary>A model's training time plus that of the longest chain of trainings that start from it.</summary>
    private static double ChainCost(TrainingConfig c, IReadOnlyList<TrainingConfig> all, IReadOnlyDictionary<TrainingConfig, string> keys) =>
        EstimatedCost(c) + all.Where(d => StartsFrom(d, keys[c]))
            .Select(d => ChainCost(d, all, keys)).DefaultIfEmpty(0).Max();

    /// <summary>Whether <paramref name="second"/> is a second stage whose first stage has the key <paramref name="firstKey"/>.</summary>
    private static bool StartsFrom(TrainingConfig second, string firstKey) =>
        second.StartFrom is { } first && ModelKey.Of(first) == firstKey;

    /// <summary>Relative training time: steps x batch x tokens, with attention's quadratic term folded in roughly.</summary>
    private static double EstimatedCost(TrainingConfig c)
    {
        var tokens = 2.0 * c.Model.MaxPoints;
        return (double)c.Steps * c.Optimiser.Batch * tokens * (1 + tokens / (4.0 * c.Model.Width));
    }

    public void Dispose()
    {
        foreach (var (model, _) in _models.Values) model.Dispose();
        _models.Clear();
    }
}
