using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Baselines;

/// <summary>
/// The exact posterior mean of <c>w</c> (hence the Bayes-optimal prediction under squared error) for a prior that is a
/// mixture over supports: the dense prior <c>w ~ N(0, I_d)</c>, the k-sparse prior (support uniform over the
/// <c>C(d, k)</c> subsets, <c>w_S ~ N(0, I_k)</c>, 0 elsewhere), or <c>p</c> dense + <c>(1 - p)</c> k-sparse.
/// <para>
/// Likelihood <c>y = X w + e</c>, <c>e ~ N(0, sigma^2 I)</c>. The suite's tasks are noise-free; the exact predictor is
/// the limit <c>sigma^2 -> 0</c>, which <see cref="NoiseFreeSigma2"/> (the default) stands for. A larger value is not a
/// harmless regulariser: at 1e-2 the sparse posterior stays unsure of a support that n = k + 1 noise-free examples
/// identify, and the predictor stays measurably above the limit below n = d on sparse tasks (docs/status.md, "The Bayes-optimal reference").
/// </para>
/// <para>
/// For a candidate model M with support S (dense: all coordinates), <c>y ~ N(0, X_S X_S^T + sigma^2 I_n)</c>. With
/// <c>A = G_SS + sigma^2 I</c>, <c>c_S = X_S^T y</c>, Woodbury gives
/// <c>(sigma^2 I + X_S X_S^T)^{-1} = (I - X_S A^{-1} X_S^T) / sigma^2</c> and the determinant lemma
/// <c>det(sigma^2 I_n + X_S X_S^T) = sigma^{2(n - |S|)} det A</c>, so
/// <c>log p(y | M) = -y^T y / (2 sigma^2) + c_S^T A^{-1} c_S / (2 sigma^2) - log det A / 2 + |S| log sigma^2 / 2
/// - n log(2 pi sigma^2) / 2</c>. The first and last terms are common to all M and drop out of the posterior
/// <c>P(M | data) = softmax_M(log p(y | M) + log prior(M))</c>. Within M the posterior mean is <c>A^{-1} c_S</c> on S.
/// The prediction is <c>sum_M P(M | data) x_{i,S} . A^{-1} c_S</c>.
/// </para>
/// All B x N prefix problems are solved at once; supports are processed in chunks.
/// </summary>
public sealed class BayesLinearPredictor : IPredictor
{
    /// <summary>
    /// The observation variance that stands for noise-free data: 1e-8 agrees with 1e-6 to 7e-4 and with smaller values
    /// to rounding, while every system stays well conditioned in float64 (measured at d = 4, k = 1 and d = 8, k = 2).
    /// </summary>
    public const double NoiseFreeSigma2 = 1e-8;

    /// <summary>More supports than this are refused (C(20, 4) = 4845 fits; C(20, 5) = 15504 does too).</summary>
    public const int MaxSupports = 20_000;

    /// <summary>Elements of G_SS processed per chunk of supports, to bound memory.</summary>
    private const long ChunkElements = 8_000_000;

    private readonly long[][] _supports;

    private BayesLinearPredictor(int dim, int nonZeros, double denseWeight, double sigma2)
    {
        if (dim < 1) throw new ArgumentOutOfRangeException(nameof(dim), dim, "dimension must be at least 1");
        if (!(sigma2 > 0) || !double.IsFinite(sigma2)) throw new ArgumentOutOfRangeException(nameof(sigma2), sigma2, "sigma^2 must be positive and finite");
        if (!(denseWeight >= 0 && denseWeight <= 1)) throw new ArgumentOutOfRangeException(nameof(denseWeight), denseWeight, "the dense weight must lie in [0, 1]");
        if (denseWeight < 1 && (nonZeros < 1 || nonZeros > dim))
            throw new ArgumentOutOfRangeException(nameof(nonZeros), nonZeros, $"non-zeros must be between 1 and d = {dim}");
        Dim = dim;
        NonZeros = nonZeros;
        DenseWeight = denseWeight;
        Sigma2 = sigma2;
        if (denseWeight < 1)
        {
            var count = Binomial(dim, nonZeros);
            if (count > MaxSupports)
                throw new ArgumentException($"the {nonZeros}-sparse prior in d = {dim} has {count} supports, more than the {MaxSupports} this predictor enumerates", nameof(nonZeros));
            _supports = Subsets(dim, nonZeros).ToArray();
        }
        else
        {
            _supports = [];
        }
    }

    /// <summary>Prior <c>w ~ N(0, I_d)</c>; the posterior mean is ridge with <c>lambda = sigma^2</c>.</summary>
    public static BayesLinearPredictor Dense(int dim, double sigma2 = NoiseFreeSigma2) => new(dim, dim, 1, sigma2);

    /// <summary>Prior: support uniform over the k-subsets of d coordinates, <c>w_S ~ N(0, I_k)</c>.</summary>
    public static BayesLinearPredictor Sparse(int dim, int nonZeros, double sigma2 = NoiseFreeSigma2) => new(dim, nonZeros, 0, sigma2);

    /// <summary>Prior: dense with probability <paramref name="denseWeight"/>, else k-sparse (the paper: p = 0.5).</summary>
    public static BayesLinearPredictor DenseSparseMixture(int dim, int nonZeros, double denseWeight = 0.5, double sigma2 = NoiseFreeSigma2)
    {
        if (!(denseWeight > 0 && denseWeight < 1))
            throw new ArgumentOutOfRangeException(nameof(denseWeight), denseWeight, "a mixture needs a dense weight strictly between 0 and 1");
        return new(dim, nonZeros, denseWeight, sigma2);
    }

    public int Dim { get; }
    public int NonZeros { get; }

    /// <summary>Prior probability of the dense model (1: dense prior, 0: sparse prior).</summary>
    public double DenseWeight { get; }

    public double Sigma2 { get; }

    /// <summary>Number of sparse supports enumerated (0 for the dense prior).</summary>
    public int SupportCount => _supports.Length;

    public string Name => DenseWeight switch
    {
        1 => "bayes-dense",
        0 => $"bayes-sparse(k={NonZeros})",
        _ => $"bayes-mixture(k={NonZeros},p={DenseWeight:0.##})",
    };

    public Tensor Predict(Prompts prompts)
    {
        using var scope = NewDisposeScope();
        var (logPost, preds) = Models(prompts);
        var weights = logPost.softmax(-1);
        return (weights * preds).sum(-1).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Posterior probability of the dense model at every prefix, float64 [B, N]; all zeros for the sparse prior and all
    /// ones for the dense prior.
    /// </summary>
    public Tensor DenseProbability(Prompts prompts)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        using var scope = NewDisposeScope();
        if (DenseWeight == 0) return zeros(prompts.Batch, prompts.Points, float64, prompts.Xs.device).MoveToOuterDisposeScope();
        var (logPost, _) = Models(prompts);
        return logPost.softmax(-1).select(-1, 0).MoveToOuterDisposeScope();
    }

    /// <summary>Unnormalised log posterior [B, N, M] and each model's prediction [B, N, M]; model 0 is dense if present.</summary>
    private (Tensor LogPosterior, Tensor Predictions) Models(Prompts prompts)
    {
        var (_, _, d) = PrefixStatistics.Shape(prompts);
        if (d != Dim) throw new ArgumentException($"this predictor's prior is over d = {Dim} weights but the prompts have d = {d}", nameof(prompts));
        var device = prompts.Xs.device;
        var xs = prompts.Xs;
        var g = PrefixStatistics.Gram(xs);
        var c = PrefixStatistics.Moment(xs, prompts.Ys);
        var logSigma2 = Math.Log(Sigma2);
        var logs = new List<Tensor>();
        var preds = new List<Tensor>();
        if (DenseWeight > 0)
        {
            var (ev, pred) = Evidence(g, c, xs, PrefixStatistics.Eye(d, device), d, logSigma2);
            logs.Add((ev + Math.Log(DenseWeight)).unsqueeze(-1));
            preds.Add(pred.unsqueeze(-1));
        }
        if (DenseWeight < 1)
        {
            var logPrior = Math.Log(1 - DenseWeight) - Math.Log(_supports.Length);
            var eye = PrefixStatistics.Eye(NonZeros, device);
            var perChunk = (int)Math.Clamp(ChunkElements / Math.Max(1L, g.shape[0] * g.shape[1] * NonZeros * NonZeros), 1, _supports.Length);
            for (var start = 0; start < _supports.Length; start += perChunk)
            {
                using var chunkScope = NewDisposeScope();
                var chunk = _supports.Skip(start).Take(perChunk).ToArray();
                var m = chunk.Length;
                var idx = tensor(chunk.SelectMany(s => s).ToArray(), int64, device).view(m, NonZeros);
                // G_SS [B, N, m, k, k], c_S and x_S [B, N, m, k] for every support of the chunk.
                var gss = g.index(TensorIndex.Colon, TensorIndex.Colon, TensorIndex.Tensor(idx.view(m, NonZeros, 1)), TensorIndex.Tensor(idx.view(m, 1, NonZeros)));
                var cs = c.index(TensorIndex.Colon, TensorIndex.Colon, TensorIndex.Tensor(idx));
                var xsS = xs.index(TensorIndex.Colon, TensorIndex.Colon, TensorIndex.Tensor(idx));
                var (ev, pred) = Evidence(gss, cs, xsS, eye, NonZeros, logSigma2);
                logs.Add((ev + logPrior).MoveToOuterDisposeScope());
                preds.Add(pred.MoveToOuterDisposeScope());
            }
        }
        return (cat(logs, -1), cat(preds, -1));
    }

    /// <summary>Model-dependent log evidence and prediction <c>x_S . A^{-1} c_S</c> for batched G_SS [.., k, k].</summary>
    private (Tensor LogEvidence, Tensor Prediction) Evidence(Tensor gss, Tensor cs, Tensor xs, Tensor eye, int k, double logSigma2)
    {
        var a = gss + Sigma2 * eye;
        var chol = linalg.cholesky(a);
        var mean = cholesky_solve(cs.unsqueeze(-1), chol).squeeze(-1);
        var quad = (cs * mean).sum(-1);
        var logDet = 2 * chol.diagonal(dim1: -2, dim2: -1).log().sum(-1);
        var logEvidence = 0.5 / Sigma2 * quad - 0.5 * logDet + 0.5 * k * logSigma2;
        return (logEvidence, (xs * mean).sum(-1));
    }

    private static long Binomial(int n, int k)
    {
        long r = 1;
        for (var i = 1; i <= k; i++)
        {
            r = r * (n - k + i) / i;
            if (r > int.MaxValue) return r;
        }
        return r;
    }

    /// <summary>All k-subsets of 0..n-1 in lexicographic order.</summary>
    private static IEnumerable<long[]> Subsets(int n, int k)
    {
        var s = Enumerable.Range(0, k).Select(i => (long)i).ToArray();
        while (true)
        {
            yield return (long[])s.Clone();
            var i = k - 1;
            while (i >= 0 && s[i] == n - k + i) i--;
            if (i < 0) yield break;
            s[i]++;
            for (var j = i + 1; j < k; j++) s[j] = s[j - 1] + 1;
        }
    }
}
