using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Evaluation;

/// <summary>Turns per-prompt squared errors into learning curves with standard errors and bootstrap bands.</summary>
public static class CurveEvaluator
{
    public const int DefaultBootstrapResamples = 1000;

    /// <summary>Squared error of each prompt at each position divided by <paramref name="errorScale"/>, [batch, points].</summary>
    public static Tensor SquaredErrors(IPredictor predictor, Prompts prompts, double errorScale)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        ArgumentNullException.ThrowIfNull(prompts);
        using var scope = NewDisposeScope();
        using var predictions = predictor.Predict(prompts);
        return ((predictions - prompts.Ys).square() / errorScale).MoveToOuterDisposeScope();
    }

    public static LearningCurve Evaluate(IPredictor predictor, Prompts prompts, double errorScale, string task, int seed = 0,
        int resamples = DefaultBootstrapResamples)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        using var errors = SquaredErrors(predictor, prompts, errorScale);
        return Summarise(predictor.Name, task, errors, seed, resamples);
    }

    /// <summary>Mean, standard error and bootstrap band of each column of a [prompts, points] matrix of per-prompt values.</summary>
    public static LearningCurve Summarise(string predictor, string task, Tensor values, int seed = 0, int resamples = DefaultBootstrapResamples)
    {
        ArgumentNullException.ThrowIfNull(values);
        using var scope = NewDisposeScope();
        var b = values.shape[0];
        var mean = values.mean([0]);
        var se = b > 1 ? values.std([0]) / Math.Sqrt(b) : zeros_like(mean);
        using var generator = new Generator((ulong)seed + 0x5EEDUL);
        var idx = randint(0, b, [resamples, b], generator: generator);
        var means = ResampledMeans(values, idx);
        var lo = means.quantile(0.05, dim: 0);
        var hi = means.quantile(0.95, dim: 0);
        return new LearningCurve(predictor, task,
            Enumerable.Range(0, (int)values.shape[1]).ToArray(),
            mean.data<double>().ToArray(), se.data<double>().ToArray(), lo.data<double>().ToArray(), hi.data<double>().ToArray());
    }

    /// <summary>
    /// The mean of each resample: how often each prompt was drawn, times the values, over the prompt count. Gathering
    /// the resampled rows instead would write resamples x prompts x points values for every curve (docs/throughput.md,
    /// "The default run now"); the counts take a matrix product, a block of resamples at a time.
    /// </summary>
    private static Tensor ResampledMeans(Tensor values, Tensor idx)
    {
        var (resamples, b) = (idx.shape[0], idx.shape[1]);
        const long block = 64;
        var blocks = new List<Tensor>();
        for (long r = 0; r < resamples; r += block)
        {
            var rows = idx.narrow(0, r, Math.Min(block, resamples - r));
            var counts = zeros([rows.shape[0], b], dtype: values.dtype).scatter_add_(1, rows, ones(rows.shape, dtype: values.dtype));
            blocks.Add(counts.matmul(values) / b);
        }
        return cat(blocks, 0);
    }
}
