using System.Diagnostics;

namespace IclClaims.Experiments.Benchmarks;

internal static class Stopwatches
{
    /// <summary>
    /// Seconds of one call of <paramref name="action"/>: one untimed warm-up call (of <paramref name="warmup"/> when
    /// given, else of the action itself), then timed calls until
    /// <paramref name="minRuns"/> have run and at least <paramref name="minSeconds"/> have passed (at most
    /// <paramref name="maxRuns"/>); the median, which a busy machine disturbs less than the mean.
    /// </summary>
    public static double Median(Action action, int minRuns = 3, int maxRuns = 20, double minSeconds = 1, Action? warmup = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        (warmup ?? action)();
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (times.Count < minRuns || (total.Elapsed.TotalSeconds < minSeconds && times.Count < maxRuns))
        {
            var sw = Stopwatch.StartNew();
            action();
            times.Add(sw.Elapsed.TotalSeconds);
        }
        times.Sort();
        return times.Count % 2 == 1 ? times[times.Count / 2] : 0.5 * (times[times.Count / 2 - 1] + times[times.Count / 2]);
    }
}
