namespace IclClaims.Experiments.Configuration;

/// <summary>
/// How many fresh test prompts each experiment of a profile is measured on. Two counts because the two experiments
/// need different numbers for the same rule: a check that holds should have a standard error at most a fifth of its
/// distance from its bar (docs/status.md, "Test prompts"). The linear experiment is cheap per prompt and has the
/// checks nearest their bars; the sinusoid experiment is the expensive one and needs fewer.
/// </summary>
public sealed record TestPromptCounts
{
    public TestPromptCounts(int linear, int sine)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(linear, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(sine, 1);
        Linear = linear;
        Sine = sine;
    }

    /// <summary>Prompts per task of the dense/sparse experiment (claims 1-3).</summary>
    public int Linear { get; }

    /// <summary>Prompts per task of the linear/sinusoid experiment (claims 4-6).</summary>
    public int Sine { get; }
}
