namespace IclClaims.Claims.Tests.TestSupport;

/// <summary>
/// Tests that change process-wide state (Console.Out/Error) run alone, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console (process-global redirection)";
}

/// <summary>
/// Tests that compare bits of two trainings run alone: torch's thread count and its global generator (used to
/// initialise models) are process-wide, and a test running beside them could change either.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BitwiseTrainingCollection
{
    public const string Name = "Bitwise training comparisons";
}

/// <summary>
/// Tests that read the process-wide count of running trainings run alone: a training in any parallel test changes it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ActiveTrainingsCollection
{
    public const string Name = "Active trainings (a process-wide count)";
}

/// <summary>
/// Tests that train in this process run alone: TorchSharp's optimiser hands implicit <c>Scalar</c>s to native calls,
/// and a garbage collection started by another test's thread can finalize one mid-call (docs/throughput.md, "Child
/// processes"). The suite's own trainings run in child processes for the same reason.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InProcessTrainingCollection
{
    public const string Name = "In-process trainings (a finalizer race)";
}
