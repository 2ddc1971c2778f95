namespace IclClaims.Experiments.Training;

/// <summary>
/// How many trainings are running in this process. An interrupt (Ctrl+C, SIGTERM) is honoured by a training at its
/// next logged step, with a checkpoint; with none running there is nothing to checkpoint, and the process stops at once.
/// </summary>
public static class ActiveTrainings
{
    private static int _count;

    public static int Count => Volatile.Read(ref _count);

    /// <summary>
    /// Counts a training that honours <paramref name="interrupt"/> until the returned scope is disposed. One that
    /// cannot be interrupted (a benchmark's) is not counted: an interrupt would wait for it in vain.
    /// </summary>
    internal static Scope Enter(CancellationToken interrupt)
    {
        if (!interrupt.CanBeCanceled) return new Scope(counted: false);
        Interlocked.Increment(ref _count);
        return new Scope(counted: true);
    }

    internal readonly struct Scope(bool counted) : IDisposable
    {
        public void Dispose()
        {
            if (counted) Interlocked.Decrement(ref _count);
        }
    }
}
