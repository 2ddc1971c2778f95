namespace IclClaims.Experiments.Configuration;

/// <summary>
/// How many fresh test prompts each experiment of a profile is measured on. Separate counts because the experiments
/// need different numbers for the same rule: a check that holds should have a standard error at most a fifth of its
/// distance from its bar (docs/status.md, "Test prompts"). The linear experiment is cheap per prompt and has the
/// checks nearest their bars; the sinusoid experiment is the expensive one and needs fewer. Within the linear
/// experiment, the sparsity sweep of claim 3 runs every model on every number of non-zeros (four fifths of the
/// experiment's model passes at d = 8); where its checks are far from their bars it may take fewer prompts.
/// </summary>
public sealed record TestPromptCounts
{
    public TestPromptCounts(int linear, int sine, int? sweep = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(linear, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(sine, 1);
        if (sweep is { } s) ArgumentOutOfRangeException.ThrowIfLessThan(s, 1, nameof(sweep));
        Linear = linear;
        Sine = sine;
        Sweep = sweep ?? linear;
    }

    /// <summary>Prompts per task of the dense/sparse experiment (claims 1-3).</summary>
    public int Linear { get; }

    /// <summary>Prompts per task of the linear/sinusoid experiment (claims 4-6).</summary>
    public int Sine { get; }

    /// <summary>Prompts per number of non-zeros of the sparsity sweep (claim 3); the linear count unless given.</summary>
    public int Sweep { get; }
}
