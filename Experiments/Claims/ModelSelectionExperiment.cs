using IclClaims.Experiments.Baselines;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Evaluation;
using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;

namespace IclClaims.Experiments.Claims;

/// <summary>Runs the dense/sparse models and their baselines on fresh shared test prompts (claims 1–3).</summary>
public static class ModelSelectionExperiment
{
    /// <summary>
    /// The dense and sparse tasks on <paramref name="prompts"/> prompts each, and the sparsity sweep on
    /// <paramref name="sweepPrompts"/> (default: the same count) for each number of non-zeros.
    /// </summary>
    public static ModelSelectionMeasurements Run(LinearSetting setting, ModelSelectionModels models, int prompts, int seed, int? sweepPrompts = null)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(models);
        var (d, k) = (setting.Dim, setting.NonZeros);
        var pretrained = new[] { models.DenseOnly, models.SparseOnly, models.Mixture };
        var bayes = BayesLinearPredictor.DenseSparseMixture(d, k, setting.MixtureDenseWeight);
        var common = pretrained.Concat<IPredictor>([new LeastSquares(), new Lasso(Lasso.DefaultAlpha), bayes]).ToList();

        var denseBayes = BayesLinearPredictor.Dense(d);
        var sparseBayes = BayesLinearPredictor.Sparse(d, k);
        var dense = Evaluate(new LinearTaskSpec(d, d), "dense", common.Append(denseBayes), prompts, setting.Points, seed);
        var sparse = Evaluate(new LinearTaskSpec(d, k), "sparse", common.Append(new OracleLeastSquares()).Append(sparseBayes),
            prompts, setting.Points, seed);
        // The sweep compares the mixture with the specialists, and shows least squares for scale.
        var sweep = Enumerable.Range(1, d)
            .Select(j => (j, Evaluate(new LinearTaskSpec(d, j), $"nnz={j}", pretrained.Append(new LeastSquares()), sweepPrompts ?? prompts, setting.Points, seed)))
            .ToList();
        return new ModelSelectionMeasurements(d, k, bayes.Name, denseBayes.Name, sparseBayes.Name, dense, sparse, sweep);
    }

    private static PairedEvaluation Evaluate(LinearTaskSpec task, string purpose, IEnumerable<IPredictor> predictors, int prompts, int points, int seed)
    {
        using var generator = PromptSeed.For(seed, $"linear/{purpose}");
        return new PairedEvaluation(task.Name, task.Sample(prompts, points, generator), task.ErrorScale, predictors, seed);
    }
}
