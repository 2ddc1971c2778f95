using System.Runtime.ExceptionServices;

namespace IclClaims.Experiments.Runtime;

/// <summary>
/// Runs jobs (trainings, measurements, health re-runs) on a fixed number of dedicated threads. A worker that is free
/// takes the first job in the given order whose prerequisites have finished (a two-stage training waits for its first
/// stage). Dedicated threads, not pool threads: a job that waits on a child process holds its thread, and the pool
/// would start more workers late or not at all.
/// </summary>
public static class OrderedJobRunner
{
    /// <param name="jobs">In order of preference (longest first, say).</param>
    /// <param name="prerequisites">The jobs, among <paramref name="jobs"/>, that must finish before a job starts.</param>
    /// <param name="workers">How many jobs run at once.</param>
    /// <param name="run">Runs one job on the calling worker thread.</param>
    /// <exception cref="InvalidOperationException">The prerequisites form a cycle.</exception>
    /// <remarks>After a failure no new job starts; the first failure is rethrown as it was thrown.</remarks>
    public static void Run<T>(IReadOnlyList<T> jobs, Func<T, IEnumerable<T>> prerequisites, int workers, Action<T> run) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(prerequisites);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        var waiting = jobs.ToList();
        var before = jobs.ToDictionary(j => j, j => prerequisites(j).Where(jobs.Contains).ToHashSet());
        var done = new HashSet<T>();
        // A plain object, not System.Threading.Lock: Monitor.Wait needs a monitor.
        var gate = new object();
        var running = 0;
        ExceptionDispatchInfo? failure = null;

        void Work()
        {
            while (true)
            {
                T job;
                lock (gate)
                {
                    while (true)
                    {
                        if (failure is not null || waiting.Count == 0) return;
                        var ready = waiting.FindIndex(j => before[j].IsSubsetOf(done));
                        if (ready >= 0)
                        {
                            job = waiting[ready];
                            waiting.RemoveAt(ready);
                            running++;
                            break;
                        }
                        if (running == 0)
                        {
                            failure = ExceptionDispatchInfo.Capture(new InvalidOperationException(
                                $"the trainings' prerequisites form a cycle: {string.Join(", ", waiting)}"));
                            Monitor.PulseAll(gate);
                            return;
                        }
                        Monitor.Wait(gate);
                    }
                }
                try
                {
                    run(job);
                    lock (gate) done.Add(job);
                }
                catch (Exception e)
                {
                    lock (gate) failure ??= ExceptionDispatchInfo.Capture(e);
                }
                finally
                {
                    lock (gate)
                    {
                        running--;
                        Monitor.PulseAll(gate);
                    }
                }
            }
        }

        var threads = Enumerable.Range(0, Math.Min(workers, Math.Max(1, jobs.Count)))
            .Select(i => new Thread(Work) { IsBackground = true, Name = $"training worker {i + 1}" })
            .ToList();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        failure?.Throw();
    }
}
