namespace IclClaims.Experiments.Runtime;

/// <summary>The command line's exit codes, which a parent reads from its children.</summary>
public static class ExitCodes
{
    /// <summary>A user's mistake: one line on standard error names the setting.</summary>
    public const int UserError = 2;

    /// <summary>The shell's code for a run ended by Ctrl+C (128 + SIGINT); a training has written its checkpoint.</summary>
    public const int Interrupted = 130;
}
