using System.Collections.Concurrent;

namespace IclClaims.Claims.Tests.Claims;

/// <summary>Wall times of the test run's long phases, which the claims summary prints (and .ci/run with it).</summary>
public static class RunTimings
{
    private static readonly ConcurrentQueue<(string Phase, TimeSpan Wall)> Phases = new();

    public static void Record(string phase, TimeSpan wall) => Phases.Enqueue((phase, wall));

    public static IReadOnlyList<(string Phase, TimeSpan Wall)> All => Phases.ToList();
}
