using IclClaims.Experiments.Model;
using IclClaims.Experiments.Tasks;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Configuration;

/// <summary>The dense/sparse setting of claims 1–3 at one scale.</summary>
/// <param name="MixtureStartsFromSparse">
/// Two-stage pretraining of the mixture model: it starts from a model trained on the sparse class (see
/// <paramref name="FirstStageSteps"/>) and then trains on the mixture (a measured deviation from the paper's single
/// stage; docs/deviations.md, "Two-stage mixture").
/// </param>
/// <param name="FirstStageSteps">
/// Steps of the sparse model a two-stage mixture starts from; null: it starts from the sparse specialist itself. A
/// first stage shorter than the specialist lets the mixture's whole budget equal the specialists' (docs/budgets.md).
/// </param>
public sealed record LinearSetting(int Dim, int NonZeros, int Points, TransformerConfig Model, OptimiserConfig Optimiser, int Steps,
    CurriculumConfig? Curriculum, double MixtureDenseWeight, int? MixtureSteps = null, bool MixtureStartsFromSparse = false,
    int? FirstStageSteps = null)
{
    /// <summary>The name of a first stage that is not the sparse specialist itself.</summary>
    public const string FirstStageModel = "sparse-first-stage";

    /// <summary>Training steps of the mixture model's last (or only) stage.</summary>
    public int StepsOfMixture => MixtureSteps ?? Steps;

    /// <summary>Every step the mixture model was trained, its first stage's included: what it is compared at.</summary>
    public int MixtureBudget => StepsOfMixture + (MixtureStartsFromSparse ? FirstStageSteps ?? Steps : 0);

    /// <summary>
    /// Whether the mixture and the specialists it is compared with had the same training budget: where they did not,
    /// a gap between them measures the budget as well as the pretraining data (docs/budgets.md).
    /// </summary>
    public bool BudgetsMatched => MixtureBudget == Steps;

    /// <summary>Whether the mixture starts from a sparse model of its own (<see cref="FirstStageModel"/>), not the specialist.</summary>
    public bool HasOwnFirstStage => MixtureStartsFromSparse && FirstStageSteps is { } steps && steps != Steps;

    public LinearTaskSpec Dense => LinearTaskSpec.Dense(Dim);

    public LinearTaskSpec Sparse => new(Dim, NonZeros);

    public MixtureTaskSpec Mixture => new([new WeightedTask(Dense, MixtureDenseWeight), new WeightedTask(Sparse, 1 - MixtureDenseWeight)]);
}

/// <summary>The one-dimensional linear + sinusoid setting of claims 4–6 at one scale.</summary>
public sealed record SineSetting(FrequencyBand Band, InputKind Input, double InputWidth, int Points, TransformerConfig Model, OptimiserConfig Optimiser,
    int Steps, double LinearWeight)
{
    public LinearSineTaskSpec Linear => new(1, 1, 1, Input, InputWidth);

    public LinearSineTaskSpec Sine => new(0, Band.Min, Band.Max, Input, InputWidth);

    public LinearSineTaskSpec Combination(double a) => new(a, Band.Min, Band.Max, Input, InputWidth);

    public LinearSineTaskSpec SineAt(double omega) => new(0, omega, omega, Input, InputWidth);

    public MixtureTaskSpec Mixture => new([new WeightedTask(Linear, LinearWeight), new WeightedTask(Sine, 1 - LinearWeight)]);
}

/// <summary>Where a profile's trained models come from in a run that does not ask for training.</summary>
public enum ModelHome
{
    /// <summary>Trained in the run (and cached): the profile has no store entries.</summary>
    Run,

    /// <summary>Served from the committed store at the seeds it holds; another seed trains in the run.</summary>
    StoreOrRun,

    /// <summary>Served from the committed store only: its trainings take hours and never start implicitly.</summary>
    Store,
}

/// <summary>One scale of the whole suite: its models and how they are evaluated.</summary>
/// <param name="KeepsMilestones">Whether its linear models' trainings save their weights at every eighth of the budget (a long training's learning curve).</param>
public sealed record ExperimentProfile(ProfileName Name, LinearSetting Linear, SineSetting Sine, TestPromptCounts TestPrompts, ModelHome Home,
    bool KeepsMilestones = false)
{
    /// <summary>Whether the committed store keeps this profile's models (and <c>train</c> writes them there).</summary>
    public bool Stored => Home != ModelHome.Run;

    /// <summary>Whether a model the store and the cache lack may be trained within a run.</summary>
    public bool TrainsInRun => Home != ModelHome.Store;

    public const string DenseModel = "dense";
    public const string SparseModel = "sparse";
    public const string MixtureModel = "mixture";
    public const string SineMixtureModel = "sine-mixture";

    /// <summary>Whether a model is one of the linear setting's (claims 1-3), a mixture's first stage included.</summary>
    public static bool IsLinearModel(string name) => name != SineMixtureModel;

    /// <summary>The models a profile's claims are measured on (what the cache and the store serve).</summary>
    public static IReadOnlyList<string> ModelNames { get; } = [DenseModel, SparseModel, MixtureModel, SineMixtureModel];

    /// <summary>
    /// Every model training the profile produces, in an order that can be trained: a mixture's first stage of its own
    /// comes before the mixture, so a store-served profile keeps it as an entry the mixture is regenerated from.
    /// </summary>
    public IReadOnlyList<string> TrainedModels => Linear.HasOwnFirstStage
        ? [DenseModel, SparseModel, LinearSetting.FirstStageModel, MixtureModel, SineMixtureModel]
        : ModelNames;

    public TrainingConfig Model(string name, int seed) => name switch
    {
        DenseModel => LinearModel(name, Linear.Dense, Linear.Steps, seed),
        SparseModel => LinearModel(name, Linear.Sparse, Linear.Steps, seed),
        MixtureModel => LinearModel(name, Linear.Mixture, Linear.StepsOfMixture, seed) with
        {
            StartFrom = Linear.MixtureStartsFromSparse ? FirstStage(seed) : null,
        },
        SineMixtureModel => new TrainingConfig(name, Sine.Mixture, Sine.Model, Sine.Optimiser, Sine.Steps, seed),
        LinearSetting.FirstStageModel when Linear.HasOwnFirstStage => FirstStage(seed),
        _ => throw new UserInputException($"unknown model '{name}' at profile {Name}. Allowed values: {string.Join(", ", TrainedModels)}."),
    };

    /// <summary>The sparse model a two-stage mixture starts from: the specialist, unless the profile gives it its own steps.</summary>
    private TrainingConfig FirstStage(int seed) => Linear.HasOwnFirstStage
        ? LinearModel(LinearSetting.FirstStageModel, Linear.Sparse, Linear.FirstStageSteps!.Value, seed)
        : Model(SparseModel, seed);

    private TrainingConfig LinearModel(string name, TaskSpec task, int steps, int seed) =>
        new(name, task, Linear.Model, Linear.Optimiser, steps, seed, Linear.Curriculum);
}
