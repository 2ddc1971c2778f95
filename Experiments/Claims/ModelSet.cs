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

    /// <summary>A set of models already in hand (a long training's milestones); the set disposes them.</summary>
    public static ModelSet FromModels(ExperimentProfile profile, int seed, IReadOnlyDictionary<string, IclTransformer> models, ModelSource source)
    {
        ArgumentNullException.ThrowIfNull(models);
        return new ModelSet(profile, seed, models.ToDictionary(m => m.Key, m => (m.Value, source)));
    }

    /// <summary>The models the claims of <paramref name="setting"/> are measured on.</summary>
    public static IReadOnlyList<string> ModelsOf(ClaimSetting setting) => setting == ClaimSetting.Linear
        ? [ExperimentProfile.DenseModel, ExperimentProfile.SparseModel, ExperimentProfile.MixtureModel]
        : [ExperimentProfile.SineMixtureModel];

    public ModelSelectionModels LinearModels => new(
        Predictor(ExperimentProfile.DenseModel), Predictor(ExperimentProfile.SparseModel), Predictor(ExperimentProfile.MixtureModel));

    /// <summary>
    /// Serves every model of <paramref name="profile"/>: from the cache or the store where the policy allows, else
    /// trained into the cache by child processes (<see cref="ChildTrainings"/>), then loaded from there.
    /// </summary>
    /// <param name="names">The models to serve; all of <see cref="ExperimentProfile.ModelNames"/> by default.</param>
    public static ModelSet Load(ExperimentProfile profile, int seed, ModelProvider provider, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(provider);
        var configs = (names ?? ExperimentProfile.ModelNames).ToDictionary(n => n, n => profile.Model(n, seed));
        var served = new Dictionary<string, (IclTransformer, ModelSource)>();
        var toTrain = new List<TrainingConfig>();
        try
        {
            foreach (var (name, config) in configs)
            {
                if (provider.TryServe(profile.Name, config) is { } hit) served[name] = hit;
                else toTrain.Add(config);
            }
            provider.EnsureTrainingAllowed(profile, toTrain);
            if (toTrain.Count > 0)
            {
                provider.TrainInChildren(profile, toTrain);
                foreach (var config in toTrain) served[config.Name] = (provider.LoadTrained(config), ModelSource.Trained);
            }
        }
        catch
        {
            foreach (var (model, _) in served.Values) model.Dispose();
            throw;
        }
        return new ModelSet(profile, seed, served);
    }

    public void Dispose()
    {
        foreach (var (model, _) in _models.Values) model.Dispose();
        _models.Clear();
    }
}
