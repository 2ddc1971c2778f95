using IclClaims.Experiments.Model;
using IclClaims.Experiments.Tasks;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Configuration;

/// <summary>The dense/sparse setting of claims 1–3 at one scale.</summary>
/// <param name="MixtureStartsFromSparse">
/// Two-stage pretraining of the mixture model: it starts from the trained sparse specialist and then trains on the
/// mixture (a measured deviation from the paper's single stage; docs/deviations.md, "Two-stage mixture").
/// </param>
public sealed record LinearSetting(int Dim, int NonZeros, int Points, TransformerConfig Model, OptimiserConfig Optimiser, int Steps,
    CurriculumConfig? Curriculum, double MixtureDenseWeight, int? MixtureSteps = null, bool MixtureStartsFromSparse = false)
{
    /// <summary>Training steps of the mixture model: it must learn both classes, so a profile may give it more.</summary>
    public int StepsOfMixture => MixtureSteps ?? Steps;

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

/// <summary>One scale of the whole suite: its models and how they are evaluated.</summary>
public sealed record ExperimentProfile(ProfileName Name, LinearSetting Linear, SineSetting Sine, int TestPrompts, bool ServedFromStore)
{
    public const string DenseModel = "dense";
    public const string SparseModel = "sparse";
    public const string MixtureModel = "mixture";
    public const string SineMixtureModel = "sine-mixture";

    public static IReadOnlyList<string> ModelNames { get; } = [DenseModel, SparseModel, MixtureModel, SineMixtureModel];

    public TrainingConfig Model(string name, int seed) => name switch
    {
        DenseModel => LinearModel(name, Linear.Dense, Linear.Steps, seed),
        SparseModel => LinearModel(name, Linear.Sparse, Linear.Steps, seed),
        MixtureModel => LinearModel(name, Linear.Mixture, Linear.StepsOfMixture, seed) with
        {
            StartFrom = Linear.MixtureStartsFromSparse ? Model(SparseModel, seed) : null,
        },
        SineMixtureModel => new TrainingConfig(name, Sine.Mixture, Sine.Model, Sine.Optimiser, Sine.Steps, seed),
        _ => throw new UserInputException($"unknown model '{name}'. Allowed values: {string.Join(", ", ModelNames)}."),
    };

    private TrainingConfig LinearModel(string name, TaskSpec task, int steps, int seed) =>
        new(name, task, Linear.Model, Linear.Optimiser, steps, seed, Linear.Curriculum);
}
