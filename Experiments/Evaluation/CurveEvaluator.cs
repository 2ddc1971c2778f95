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
        var means = values.index_select(0, idx.view(-1)).view(resamples, b, -1).mean([1]);
        var lo = means.quantile(0.05, dim: 0);
        var hi = means.quantile(0.95, dim: 0);
        return new LearningCurve(predictor, task,
            Enumerable.Range(0, (int)values.shape[1]).ToArray(),
            mean.data<double>().ToArray(), se.data<double>().ToArray(), lo.data<double>().ToArray(), hi.data<double>().ToArray());
    }
}
