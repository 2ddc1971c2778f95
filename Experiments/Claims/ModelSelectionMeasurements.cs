using IclClaims.Experiments.Evaluation;

namespace IclClaims.Experiments.Claims;

/// <summary>Everything claims 1–3 are judged on: paired evaluations on dense and sparse prompts, and the sparsity sweep.</summary>
public sealed class ModelSelectionMeasurements(int dim, int nonZeros, PairedEvaluation dense, PairedEvaluation sparse,
    IReadOnlyList<(int NonZeros, PairedEvaluation Evaluation)> sweep) : IDisposable
{
    public const string DenseOnly = "dense-only";
    public const string SparseOnly = "sparse-only";
    public const string Mixture = "mixture";
    public const string LeastSquares = "least squares";
    public const string Lasso = "Lasso (alpha 0.01)";
    public const string Bayes = "Bayes-optimal (mixture prior)";
    public const string OracleSupport = "least squares on true support";

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
