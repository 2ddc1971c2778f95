using IclClaims.Experiments.Model;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Benchmarks;

/// <summary>
/// Estimated floating-point operations of one training step of the in-context transformer (Kaplan et al.'s
/// accounting, "Scaling Laws for Neural Language Models", 2020):
/// <list type="bullet">
/// <item>T = 2N tokens per prompt (x and y interleaved), B prompts per batch.</item>
/// <item>P = parameters that multiply activations: every parameter except the learned position table, which is only
/// added. (Biases and LayerNorm gains are counted too; they are under 1% of P at width 64.)</item>
/// <item>Dense forward: 2 P FLOPs per token (one multiply and one add per weight), so 2 P B T.</item>
/// <item>Attention forward: per layer and prompt, Q K^T and A V each cost 2 T^2 W FLOPs (summed over heads), so
/// 4 L B T^2 W. The full T x T square is counted, as an explicit masked kernel computes it; a causal kernel that
/// skips the masked half does about half of this.</item>
/// <item>Backward: about twice the forward (gradients with respect to activations and to weights), so a step is
/// 3 x forward.</item>
/// </list>
/// LayerNorm, GELU, softmax, the loss, gradient clipping and the Adam update are elementwise, O(P + B T W) rather than
/// O(P B T), and are left out: at the Ci profile they are a few percent of the total.
/// </summary>
public sealed record StepFlops(long MultiplyingParameters, int Layers, int Width, int Batch, int TokensPerPrompt)
{
    public static StepFlops For(TransformerConfig model, int batch, int points)
    {
        ArgumentNullException.ThrowIfNull(model);
        IclTransformer m;
        // Construction draws from torch's global generator: the trainers' lock keeps a training beside us on its seed.
        lock (Trainer.InitialisationGate) m = new IclTransformer(model);
        using var _ = m;
        var positions = 2L * model.MaxPoints * model.Width;
        return new StepFlops(m.ParameterCount - positions, model.Layers, model.Width, batch, 2 * points);
    }

    public double DenseForward => 2.0 * MultiplyingParameters * Batch * TokensPerPrompt;

    public double AttentionForward => 4.0 * Layers * Batch * (double)TokensPerPrompt * TokensPerPrompt * Width;

    public double Forward => DenseForward + AttentionForward;

    /// <summary>Forward plus a backward of twice the forward.</summary>
    public double Step => 3 * Forward;
}
