using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Model;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Training;
using IclClaims.Figures.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Store;

/// <summary>
/// Serves a trained model for a configuration: from the local cache, else from the committed store, else by
/// training it (with checkpoints, so an interrupted training resumes) and caching the result.
/// </summary>
/// <param name="interrupt">Passed to every training: when signalled it checkpoints and stops (<see cref="TrainingInterruptedException"/>).</param>
public sealed class ModelProvider(string cacheDirectory, string storeDirectory, TrainPolicy policy, ITrainingProgress progress, Device? device = null,
    CancellationToken interrupt = default)
{
    private readonly Device _device = device ?? CPU;

    /// <summary>
    /// Trains <paramref name="configs"/> (and a first stage that neither the cache nor the store can serve, or every
    /// first stage when the policy retrains everything) into the cache, in child processes (<see cref="ChildTrainings"/>).
    /// </summary>
    public void TrainInChildren(ExperimentProfile profile, IReadOnlyList<TrainingConfig> configs)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(configs);
        var all = configs.ToList();
        foreach (var first in configs.Select(c => c.StartFrom).OfType<TrainingConfig>())
        {
            if (all.Any(c => ModelKey.Of(c) == ModelKey.Of(first))) continue;
            if (policy == TrainPolicy.Store && ServeTrained(profile.Name, first) is { } served)
            {
                served.Model.Dispose();
                continue;
            }
            EnsureTrainingAllowed(profile, [first]);
            all.Add(first);
        }
        // A child reuses a cache entry it finds: retraining everything starts from none.
        if (policy == TrainPolicy.Always)
            foreach (var c in all.Where(c => Directory.Exists(CacheEntry(c).Directory))) Directory.Delete(CacheEntry(c).Directory, recursive: true);
        ChildTrainings.Run(profile.Name, all, cacheDirectory, progress, interrupt);
    }

    private static void SaveMilestone(IclTransformer model, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.Write(path, temp => model.save(temp));
    }

    /// <summary>The model a child training has just written into the cache.</summary>
    /// <exception cref="ChildTrainingException">The cache does not hold it.</exception>
    public IclTransformer LoadTrained(TrainingConfig config) =>
        TryLoad(CacheEntry(config), config, "cache")
        ?? throw new ChildTrainingException($"'{config.Name}' (seed {config.Seed}) was trained, but its cache entry {CacheEntry(config).Directory} cannot be loaded");

    public static ModelProvider FromSettings(SuiteSettings settings, ITrainingProgress progress, Device? device = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(settings.CacheDirectory, RepositoryLayout.ModelStore, settings.Train, progress, device);
    }

    /// <summary>The store entry of a model of <paramref name="profile"/>: <c>Models/&lt;profile&gt;/seed&lt;S&gt;/&lt;name&gt;</c>.</summary>
    public ModelEntry StoreEntry(ProfileName profile, TrainingConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return ModelEntry.InStore(storeDirectory, profile, config.Seed, config.Name);
    }

    /// <summary>
    /// Where trainings checkpoint: null, beside their cache entry; else <c>&lt;root&gt;/&lt;profile&gt;/seed&lt;S&gt;/&lt;model&gt;</c>
    /// (<see cref="RepositoryLayout.Checkpoints"/> for trainings that outlast a working day).
    /// </summary>
    public string? CheckpointRoot { get; init; }

    /// <summary>
    /// Where a linear model's training saves its weights at every eighth of the profile's budget (<c>&lt;root&gt;/&lt;profile&gt;/seed&lt;S&gt;/&lt;model&gt;/step&lt;N&gt;.bin</c>),
    /// so that the learning curve of claims 1-3 can be scored at matched budgets (<c>milestones</c>); null: none.
    /// </summary>
    public string? MilestoneRoot { get; init; }

    /// <summary>Steps between milestones: an eighth of the specialists' budget, so that a two-stage mixture's milestones
    /// fall on the specialists' budgets.</summary>
    public static int MilestoneInterval(ExperimentProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Math.Max(1, profile.Linear.Steps / 8);
    }

    public ModelEntry CacheEntry(TrainingConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new(Path.Combine(cacheDirectory, $"{config.Name}-{ModelKey.Of(config)}"));
    }

    public (IclTransformer Model, ModelSource Source) Get(ProfileName profile, TrainingConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (TryServe(profile, config) is { } served) return served;
        EnsureTrainingAllowed(Profiles.Get(profile), [config]);
        var (model, _) = TrainAndCache(profile, config, CacheEntry(config));
        return (model, ModelSource.Trained);
    }

    /// <summary>Where the cache or the store would serve the model from (checked by loading it), or null when it must be trained.</summary>
    /// <exception cref="UserInputException">The store holds a stale or corrupt entry for it.</exception>
    public ModelSource? ServableFrom(ProfileName profile, TrainingConfig config)
    {
        if (TryServe(profile, config) is not { } served) return null;
        served.Model.Dispose();
        return served.Source;
    }

    /// <summary>The model from the cache or the store, or null when it must be trained.</summary>
    /// <exception cref="UserInputException">The store holds a stale or corrupt entry for it: the user regenerates it, so it is reported as one line.</exception>
    public (IclTransformer Model, ModelSource Source)? TryServe(ProfileName profile, TrainingConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return policy == TrainPolicy.Store ? ServeTrained(profile, config) : null;
    }

    /// <summary>The model from the cache or the store whatever the policy: a first stage is reused, never retrained.</summary>
    private (IclTransformer Model, ModelSource Source)? ServeTrained(ProfileName profile, TrainingConfig config)
    {
        if (TryLoad(CacheEntry(config), config, "cache") is { } cached) return (cached, ModelSource.Cache);
        var store = StoreEntry(profile, config);
        if (!store.Exists) return null;
        // A stale or corrupt store entry is never used and never silently replaced by a long training.
        var stored = TryLoad(store, config, "store")
            ?? throw new StaleStoreEntryException(
                $"model store entry {store.Directory} does not match the current configuration or is corrupt; regenerate it with: " +
                RegenerateCommand.For(profile, config.Name, config.Seed));
        return (stored, ModelSource.Store);
    }

    /// <summary>
    /// Refuses to train models that a store-served profile must find in the store: their trainings take hours and
    /// never start implicitly (<see cref="TrainPolicy.Always"/> asks for them on purpose).
    /// </summary>
    /// <exception cref="UserInputException">The store lacks an entry for one of <paramref name="missing"/>.</exception>
    public void EnsureTrainingAllowed(ExperimentProfile profile, IReadOnlyCollection<TrainingConfig> missing)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(missing);
        if (missing.Count == 0 || profile.TrainsInRun || policy != TrainPolicy.Store) return;
        var seed = missing.First().Seed;
        var model = missing.Count == 1 ? missing.First().Name : null;
        throw new UserInputException(
            $"the model store has no {profile.Name} entry for {string.Join(", ", missing.Select(c => c.Name))} (seed {seed}). " +
            $"Train it first with: {RegenerateCommand.For(profile.Name, model, seed)}" +
            " (or set ICLCLAIMS_TRAIN=always to train it within a test run).");
    }

    /// <summary>
    /// Trains (resuming any checkpoint) and writes the cache entry. A two-stage training first gets its first stage
    /// like any model of <paramref name="profile"/> (cache, store, or a training where that is allowed).
    /// </summary>
    public (IclTransformer Model, TrainingState State) TrainAndCache(ProfileName profile, TrainingConfig config, ModelEntry cache)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(cache);
        using var start = config.StartFrom is { } first ? FirstStage(profile, config, first) : null;
        var checkpoint = new Checkpoint(
            CheckpointRoot is { } root ? Path.Combine(root, profile.ToString(), $"seed{config.Seed}", config.Name) : cache.Directory + ".checkpoint",
            ModelKey.Of(config));
        var from = config.StartFrom is { } f ? $", starting from the trained '{f.Name}' model" : "";
        progress.Message($"{config.Name}: training {config.Steps} steps ({config.Model.Layers} layers, width {config.Model.Width}, d = {config.Model.Dim}{from}; {ProcessorFeatures.Current.TrainingPrecision})");
        // Only the linear models keep milestones: their curve against the budget is claims 1-3's, while the sinusoid
        // model is trained at its own budget, the same at every profile.
        var trainer = MilestoneRoot is { } milestones && ExperimentProfile.IsLinearModel(config.Name)
            ? new Trainer(progress, interrupt: interrupt)
            {
                MilestoneEvery = MilestoneInterval(Profiles.Get(profile)),
                Milestone = (step, m) => SaveMilestone(m, Milestone.File(milestones, profile, config.Seed, config.Name, step)),
            }
            : new Trainer(progress, interrupt: interrupt);
        var (model, state) = trainer.Train(config, checkpoint, _device, startWeights: start);
        // The trained model serves this run even when it cannot be cached; the checkpoint is then kept for the next run.
        if (ModelEntry.TryWrite(cache.Directory, model, config, state, _device.type.ToString()) is { } failure)
            progress.Message($"{config.Name}: trained, but could not be cached at {cache.Directory} ({failure}); it is used for this run and trained again by the next");
        else
            checkpoint.Delete();
        progress.Message($"{config.Name}: trained in {state.Seconds:0} s, final loss {state.LossLog[^1].Loss:0.0000}");
        return (model, state);
    }

    /// <summary>
    /// The trained first stage of a two-stage training: cached or stored, else trained here, except for a store-served
    /// profile, whose first stage is a store entry of its own and is regenerated on purpose.
    /// </summary>
    private IclTransformer FirstStage(ProfileName profile, TrainingConfig config, TrainingConfig first)
    {
        if (ServeTrained(profile, first) is { } served) return served.Model;
        if (!Profiles.Get(profile).TrainsInRun)
            throw new UserInputException(
                $"'{config.Name}' starts from the trained '{first.Name}' model, which neither the cache nor the model store holds (seed {first.Seed}); " +
                $"train it first with: {RegenerateCommand.For(profile, first.Name, first.Seed)}");
        return TrainAndCache(profile, first, CacheEntry(first)).Model;
    }

    /// <summary>The cached model when the cache holds this configuration, else a fresh (or resumed) training.</summary>
    public (IclTransformer Model, TrainingState State) TrainOrReuseCache(ProfileName profile, TrainingConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var cache = CacheEntry(config);
        if (TryLoad(cache, config, "cache") is { } cached)
        {
            var p = cache.ReadProvenance();
            return (cached, new TrainingState(p.Steps, p.LossLog, p.WallSeconds, p.Segments));
        }
        return TrainAndCache(profile, config, cache);
    }

    private IclTransformer? TryLoad(ModelEntry entry, TrainingConfig config, string what)
    {
        if (!entry.Exists)
        {
            if (Directory.Exists(entry.Directory))
                progress.Message($"{config.Name}: {what} entry unusable: {entry.Directory} has no {ModelEntry.ProvenanceFile}");
            return null;
        }
        try
        {
            var model = entry.Load(config);
            model.to(_device);
            progress.Message($"{config.Name}: loaded from {what} ({entry.Directory})");
            return model;
        }
        catch (InvalidDataException e)
        {
            progress.Message($"{config.Name}: {what} entry unusable: {e.Message}");
            return null;
        }
    }
}
