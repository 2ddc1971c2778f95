using TorchSharp;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Tasks;

/// <summary>
/// A batch of prompts <c>x1, f(x1), ..., xN, f(xN)</c>, one function per prompt, in float64.
/// Every predictor answers the same call on it, so comparisons on one batch are paired.
/// </summary>
public sealed class Prompts : IDisposable
{
    public Prompts(Tensor xs, Tensor ys, Tensor? support = null)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        if (xs.dim() != 3) throw new ArgumentException($"xs must be [batch, points, dim], got {Shape(xs)}", nameof(xs));
        if (ys.dim() != 2 || ys.shape[0] != xs.shape[0] || ys.shape[1] != xs.shape[1])
            throw new ArgumentException($"ys must be [batch, points] matching xs {Shape(xs)}, got {Shape(ys)}", nameof(ys));
        Xs = xs.to(float64).DetachFromDisposeScope();
        Ys = ys.to(float64).DetachFromDisposeScope();
        Support = support?.to(@bool).DetachFromDisposeScope();
    }

    /// <summary>Inputs, [batch, points, dim].</summary>
    public Tensor Xs { get; }

    /// <summary>Targets, [batch, points].</summary>
    public Tensor Ys { get; }

    /// <summary>Which coordinates the true weight uses, [batch, dim]; null where the class has no notion of support.</summary>
    public Tensor? Support { get; }

    public int Batch => (int)Xs.shape[0];
    public int Points => (int)Xs.shape[1];
    public int Dim => (int)Xs.shape[2];

    public void Dispose()
    {
        Xs.Dispose();
        Ys.Dispose();
        Support?.Dispose();
    }

    private static string Shape(Tensor t) => "[" + string.Join(", ", t.shape) + "]";
}
