using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;

namespace IclClaims.Experiments.Baselines;

/// <summary>
/// The baselines by name, and which of them each task kind is compared with (in the spirit of Garg et al.'s
/// evaluation table). Names are what profiles, the CLI and figure legends use.
/// </summary>
public static class BaselineCatalog
{
    public const string LeastSquaresName = "least-squares";
    public const string RidgeName = "ridge";
    public const string LassoName = "lasso";
    public const string BayesName = "bayes";
    public const string BayesDenseName = "bayes-dense";
    public const string BayesSparseName = "bayes-sparse";
    public const string BayesMixtureName = "bayes-mixture";
    public const string OracleName = "oracle-least-squares";
    public const string NearestNeighboursName = "knn";
    public const string AveragingName = "averaging";
    public const string ZeroName = "zero";
    public const string SineOracleName = "sine-oracle";
    public const string FamilyFitName = "family-fit";

    private static readonly Dictionary<string, Func<BaselineContext, IPredictor>> Factories = new(StringComparer.Ordinal)
    {
        [LeastSquaresName] = _ => new LeastSquares(),
        // On noisy tasks ridge with lambda = sigma^2 is the dense-prior posterior mean; on noise-free ones that limit is
        // least squares itself, so ridge keeps its own lambda there and stays a regularised baseline.
        [RidgeName] = c => c.Noise > 0 ? new Ridge(c.Sigma2) : new Ridge(),
        // Garg et al.'s choice for sparse linear functions.
        [LassoName] = _ => new Lasso(alpha: Lasso.DefaultAlpha),
        // The Bayes-optimal predictor for the context's prior: dense, sparse or the dense/sparse mixture.
        [BayesName] = c => c.DenseWeight switch
        {
            _ when c.Kind is not (BaselineTaskKind.Dense or BaselineTaskKind.Sparse or BaselineTaskKind.DenseSparseMixture or BaselineTaskKind.Linear1D)
                => throw new UserInputException($"'{BayesName}' needs a linear task, not {c.Kind}"),
            1 => BayesLinearPredictor.Dense(c.Dim, c.Sigma2),
            0 => BayesLinearPredictor.Sparse(c.Dim, c.NonZeros, c.Sigma2),
            _ => BayesLinearPredictor.DenseSparseMixture(c.Dim, c.NonZeros, c.DenseWeight, c.Sigma2),
        },
        [BayesDenseName] = c => BayesLinearPredictor.Dense(c.Dim, c.Sigma2),
        [BayesSparseName] = c => BayesLinearPredictor.Sparse(c.Dim, c.NonZeros, c.Sigma2),
        [BayesMixtureName] = c => BayesLinearPredictor.DenseSparseMixture(c.Dim, c.NonZeros, c.DenseWeight is > 0 and < 1 ? c.DenseWeight : 0.5, c.Sigma2),
        [OracleName] = _ => new OracleLeastSquares(),
        // Garg et al.: 3 neighbours, uniform weights.
        [NearestNeighboursName] = _ => new NearestNeighbours(3),
        [AveragingName] = _ => new AveragingPredictor(),
        [ZeroName] = _ => new ZeroPredictor(),
        [SineOracleName] = _ => new SinusoidOracle(),
        [FamilyFitName] = _ => new LinearSineFamilyFit(),
    };

    /// <summary>Every name <see cref="Create(string, BaselineContext)"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = Factories.Keys.ToArray();

    private static readonly BaselineTaskKind[] LinearKinds =
        [BaselineTaskKind.Dense, BaselineTaskKind.Sparse, BaselineTaskKind.DenseSparseMixture, BaselineTaskKind.Linear1D];

    private static readonly BaselineTaskKind[] LinearSineKinds =
        [BaselineTaskKind.Linear1D, BaselineTaskKind.Sinusoid, BaselineTaskKind.Combination, BaselineTaskKind.LinearSineMixture];

    /// <summary>
    /// The task kinds each baseline means something on: a linear fit on pure sinusoids, or a sinusoid fit on
    /// d-dimensional inputs, would print numbers that answer no question; on a convex combination each pure-class
    /// fit is a comparison claim 5 makes. The references run anywhere.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<BaselineTaskKind>> AppliesTo { get; } =
        new Dictionary<string, IReadOnlyList<BaselineTaskKind>>(StringComparer.Ordinal)
        {
            [LeastSquaresName] = [.. LinearKinds, BaselineTaskKind.Combination, BaselineTaskKind.LinearSineMixture],
            [RidgeName] = LinearKinds,
            [LassoName] = LinearKinds,
            [BayesName] = LinearKinds,
            [BayesDenseName] = LinearKinds,
            [BayesSparseName] = [BaselineTaskKind.Dense, BaselineTaskKind.Sparse, BaselineTaskKind.DenseSparseMixture],
            [BayesMixtureName] = [BaselineTaskKind.Dense, BaselineTaskKind.Sparse, BaselineTaskKind.DenseSparseMixture],
            [OracleName] = [BaselineTaskKind.Dense, BaselineTaskKind.Sparse, BaselineTaskKind.DenseSparseMixture],
            [NearestNeighboursName] = Enum.GetValues<BaselineTaskKind>(),
            [AveragingName] = Enum.GetValues<BaselineTaskKind>(),
            [ZeroName] = Enum.GetValues<BaselineTaskKind>(),
            [SineOracleName] = [BaselineTaskKind.Sinusoid, BaselineTaskKind.Combination, BaselineTaskKind.LinearSineMixture],
            [FamilyFitName] = LinearSineKinds,
        };

    /// <summary>Class-agnostic references that can be run on any task.</summary>
    public static IReadOnlyList<string> References { get; } = [ZeroName, AveragingName, NearestNeighboursName];

    /// <summary>Which baselines each task kind is compared with; <see cref="BayesName"/> resolves to the task's prior.</summary>
    public static IReadOnlyDictionary<BaselineTaskKind, IReadOnlyList<string>> Comparisons { get; } =
        new Dictionary<BaselineTaskKind, IReadOnlyList<string>>
        {
            [BaselineTaskKind.Dense] = [LeastSquaresName, RidgeName, BayesName],
            [BaselineTaskKind.Sparse] = [LeastSquaresName, LassoName, OracleName, BayesName],
            [BaselineTaskKind.DenseSparseMixture] = [LeastSquaresName, RidgeName, LassoName, OracleName, BayesName],
            [BaselineTaskKind.Linear1D] = [LeastSquaresName],
            [BaselineTaskKind.Sinusoid] = [SineOracleName],
            [BaselineTaskKind.Combination] = [FamilyFitName],
            [BaselineTaskKind.LinearSineMixture] = [LeastSquaresName, SineOracleName, FamilyFitName],
        };

    /// <summary>The baseline called <paramref name="name"/> for a task described by <paramref name="context"/>.</summary>
    /// <exception cref="UserInputException">Unknown name, or a baseline that does not apply to the task.</exception>
    public static IPredictor Create(string name, BaselineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (name is null || !Factories.TryGetValue(name, out var factory))
            throw new UserInputException($"unknown baseline '{name}'; allowed: {string.Join(", ", Names)}");
        if (!AppliesTo[name].Contains(context.Kind))
            throw new UserInputException(
                $"baseline '{name}' does not apply to {context.Kind} tasks; those that do: {string.Join(", ", Names.Where(n => AppliesTo[n].Contains(context.Kind)))}");
        return factory(context);
    }

    /// <summary>The baseline called <paramref name="name"/> for <paramref name="task"/> (its prior, where one matters).</summary>
    public static IPredictor Create(string name, TaskSpec task) => Create(name, BaselineContext.For(task));

    /// <summary>The baselines <paramref name="task"/> is compared with, built for it.</summary>
    public static IReadOnlyList<IPredictor> ComparisonsFor(TaskSpec task)
    {
        var context = BaselineContext.For(task);
        return Comparisons[context.Kind].Select(n => Create(n, context)).ToArray();
    }
}
