using IclClaims.Experiments.Baselines;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Tasks;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Cli;

/// <summary>
/// Refuses a curve whose tensors could not fit in memory before anything is allocated: a native allocation failure
/// would end the process with a trace instead of a line.
/// </summary>
internal static class MemoryBudget
{
    /// <summary>A sixth of these machines' 24 GiB, leaving room for libtorch's temporaries (estimates are rough).</summary>
    public const long LimitBytes = 4L << 30;

    public static void Check(int prompts, int points, TaskSpec task, string predictor)
    {
        var bytes = EvaluationBytes(prompts, points, task.Dim);
        if (bytes > LimitBytes)
            throw new UserInputException(FormattableString.Invariant(
                $"--prompts {prompts} x --points {points} at d = {task.Dim} needs about {bytes / (1L << 30):0.#} GiB (prompts x points x d^2 x 8 bytes, times 4); the limit is {LimitBytes >> 30} GiB: use fewer prompts or points."));
        if (predictor is BaselineCatalog.BayesName or BaselineCatalog.BayesSparseName or BaselineCatalog.BayesMixtureName
            && BaselineContext.For(task) is { Kind: not BaselineTaskKind.Linear1D } context)
        {
            var supports = Choose(context.Dim, context.NonZeros);
            if (supports > BayesLinearPredictor.MaxSupports)
                throw new UserInputException(FormattableString.Invariant(
                    $"--predictor {predictor}: the {context.NonZeros}-sparse prior in d = {context.Dim} has {supports:0} supports; the exact posterior enumerates at most {BayesLinearPredictor.MaxSupports}: use a smaller --dim or --sparsity."));
        }
    }

    /// <summary>
    /// Prompts, targets and predictions in float64, and the prefix statistics of the linear fits (a d x d Gram matrix
    /// per prefix, a few copies of it while solving).
    /// </summary>
    public static double EvaluationBytes(int prompts, int points, int dim)
    {
        var d = (double)dim;
        return 8.0 * prompts * points * (4 * d + 4 + 4 * d * d);
    }

    /// <summary>
    /// Refuses a training whose activations could not fit in this machine's memory. A step keeps, per layer, about two
    /// dozen float32 activations of batch x tokens x width and three of batch x heads x tokens^2 for the backward pass.
    /// </summary>
    public static void CheckTraining(TrainingConfig config, string option)
    {
        ArgumentNullException.ThrowIfNull(config);
        var m = config.Model;
        var (batch, tokens) = ((double)config.Optimiser.Batch, 2.0 * m.MaxPoints);
        var bytes = 4.0 * m.Layers * (24 * batch * tokens * m.Width + 3 * batch * m.Heads * tokens * tokens);
        var limit = (double)GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (bytes > limit)
            throw new UserInputException(FormattableString.Invariant(
                $"{option}: a training step of '{config.Name}' at batch {config.Optimiser.Batch} needs about {bytes / (1L << 30):0.#} GiB of activations; this machine has {limit / (1L << 30):0.#} GiB: use a smaller {option}."));
    }

    private static double Choose(int n, int k)
    {
        var result = 1.0;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }
}
