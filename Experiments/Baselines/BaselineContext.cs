using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Tasks;

namespace IclClaims.Experiments.Baselines;

/// <summary>
/// What a baseline factory needs to know about the task: its kind, the dimension, the sparsity of the sparse class,
/// the prior weight of the dense class, and the observation noise.
/// </summary>
/// <param name="Kind">Which row of <see cref="BaselineCatalog.Comparisons"/> applies.</param>
/// <param name="Dim">Input dimension d.</param>
/// <param name="NonZeros">Non-zeros k of the sparse class (d for a dense task).</param>
/// <param name="DenseWeight">Prior probability of the dense class: 1 dense, 0 sparse, in between for the mixture.</param>
/// <param name="Noise">Standard deviation of the observation noise (0 for the paper's noise-free tasks).</param>
public sealed record BaselineContext(BaselineTaskKind Kind, int Dim, int NonZeros, double DenseWeight, double Noise = 0)
{
    /// <summary>
    /// The noise variance the Bayes predictor and ridge assume: the task's when it has noise, else the value that stands
    /// for noise-free data (see <see cref="BayesLinearPredictor.NoiseFreeSigma2"/>).
    /// </summary>
    public double Sigma2 => Noise > 0 ? Noise * Noise : BayesLinearPredictor.NoiseFreeSigma2;

    /// <summary>The context of a task spec; the spec stands for the prior (the pretraining distribution) where it matters.</summary>
    public static BaselineContext For(TaskSpec task)
    {
        ArgumentNullException.ThrowIfNull(task);
        switch (task)
        {
            case LinearTaskSpec lin:
                {
                    var kind = lin.Dimension == 1 ? BaselineTaskKind.Linear1D : lin.NonZeros == lin.Dimension ? BaselineTaskKind.Dense : BaselineTaskKind.Sparse;
                    return new(kind, lin.Dimension, lin.NonZeros, lin.NonZeros == lin.Dimension ? 1 : 0, lin.Noise);
                }
            case LinearSineTaskSpec ls:
                {
                    var kind = ls.LinearWeight switch
                    {
                        1 => BaselineTaskKind.Linear1D,
                        0 => BaselineTaskKind.Sinusoid,
                        _ => BaselineTaskKind.Combination,
                    };
                    return new(kind, 1, 1, 1);
                }
            case MixtureTaskSpec mix:
                return ForMixture(mix);
            default:
                throw new UserInputException($"no baseline table for task kind {task.GetType().Name}");
        }
    }

    private static BaselineContext ForMixture(MixtureTaskSpec mix)
    {
        var parts = mix.Components;
        if (parts.Count == 2 && parts.All(p => p.Task is LinearTaskSpec))
        {
            var a = (LinearTaskSpec)parts[0].Task;
            var b = (LinearTaskSpec)parts[1].Task;
            var aDense = a.NonZeros == a.Dimension;
            var bDense = b.NonZeros == b.Dimension;
            if (a.Dimension == b.Dimension && aDense != bDense && a.Noise == b.Noise)
            {
                var total = parts[0].Weight + parts[1].Weight;
                var dense = aDense ? parts[0] : parts[1];
                var sparse = (LinearTaskSpec)(aDense ? parts[1] : parts[0]).Task;
                return new(BaselineTaskKind.DenseSparseMixture, a.Dimension, sparse.NonZeros, dense.Weight / total, a.Noise);
            }
        }
        if (parts.All(p => p.Task is LinearSineTaskSpec ls && (ls.LinearWeight == 0 || ls.LinearWeight == 1)
                || p.Task is LinearTaskSpec { Dimension: 1 }))
            return new(BaselineTaskKind.LinearSineMixture, 1, 1, 1);
        throw new UserInputException(
            "baselines are tabulated only for the dense/sparse linear mixture (same d, one dense and one sparse class) " +
            "and for mixtures of one-dimensional linear functions and sinusoids");
    }
}
