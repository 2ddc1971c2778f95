using IclClaims.Experiments.Baselines;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Evaluation;

namespace IclClaims.Experiments.Claims;

/// <summary>
/// Everything claims 1–3 are judged on: paired evaluations on dense and sparse prompts, and the sparsity sweep. Each
/// predictor is known by its own name (the model's, or the baseline's), in the checks, the figures and the CLI alike.
/// </summary>
public sealed class ModelSelectionMeasurements(int dim, int nonZeros, string bayes, string denseBayes, string sparseBayes, PairedEvaluation dense, PairedEvaluation sparse,
    IReadOnlyList<(int NonZeros, PairedEvaluation Evaluation)> sweep) : IDisposable
{
    public const string DenseOnly = ExperimentProfile.DenseModel;
    public const string SparseOnly = ExperimentProfile.SparseModel;
    public const string Mixture = ExperimentProfile.MixtureModel;
    public const string LeastSquares = BaselineCatalog.LeastSquaresName;
    public static string Lasso { get; } = new Lasso(Baselines.Lasso.DefaultAlpha).Name;
    public const string OracleSupport = BaselineCatalog.OracleName;

    /// <summary>The Bayes-optimal predictor of the mixture prior the mixture model was pretrained on.</summary>
    public string Bayes { get; } = bayes;

    /// <summary>The Bayes-optimal predictor of the dense prior: the best any predictor can do on dense tasks.</summary>
    public string DenseBayes { get; } = denseBayes;

    /// <summary>The Bayes-optimal predictor of the k-sparse prior: the best any predictor can do on sparse tasks.</summary>
    public string SparseBayes { get; } = sparseBayes;

    /// <summary>The three pretrained models, in the order the figures list them.</summary>
    public static IReadOnlyList<string> Models { get; } = [DenseOnly, SparseOnly, Mixture];

    public int Dim { get; } = dim;
    public int NonZeros { get; } = nonZeros;
    public PairedEvaluation Dense { get; } = dense;
    public PairedEvaluation Sparse { get; } = sparse;
    public IReadOnlyList<(int NonZeros, PairedEvaluation Evaluation)> Sweep { get; } = sweep;

    /// <summary>Numbers of examples below n = d, where the classes call for different answers: 1..d-1.</summary>
    public (int From, int To) BelowDim => (1, Dim - 1);

    public void Dispose()
    {
        Dense.Dispose();
        Sparse.Dispose();
        foreach (var (_, e) in Sweep) e.Dispose();
    }
}
