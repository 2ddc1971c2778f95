namespace IclClaims.Experiments.Baselines;

/// <summary>The kinds of task the baseline table distinguishes.</summary>
public enum BaselineTaskKind
{
    /// <summary>Dense linear, <c>w ~ N(0, I_d)</c>, d &gt; 1.</summary>
    Dense,

    /// <summary>k-sparse linear, k &lt; d.</summary>
    Sparse,

    /// <summary>Per-prompt mixture of the dense and a k-sparse class.</summary>
    DenseSparseMixture,

    /// <summary>One-dimensional linear <c>w x</c>.</summary>
    Linear1D,

    /// <summary>One-dimensional sinusoid <c>sin(omega x + phi)</c>.</summary>
    Sinusoid,

    /// <summary>Convex combination <c>a w x + (1 - a) sin(omega x + phi)</c>, 0 &lt; a &lt; 1.</summary>
    Combination,

    /// <summary>Per-prompt mixture of one-dimensional linear functions and sinusoids (claim 4).</summary>
    LinearSineMixture,
}
