using System.Diagnostics;
using FluentAssertions;
using IclClaims.Experiments.Runtime;

namespace IclClaims.Claims.Tests.Runtime;

/// <summary>The liveness check of the parent watch and the checkout lock.</summary>
public sealed class LiveProcessTests
{
    [Fact]
    public void This_process_is_alive_and_no_process_has_a_non_positive_id()
    {
        LiveProcess.IsAlive(Environment.ProcessId).Should().BeTrue();
        LiveProcess.IsAlive(0).Should().BeFalse();
        LiveProcess.IsAlive(-1).Should().BeFalse();
    }

    [Fact]
    public async Task A_process_is_alive_while_it_runs_and_not_once_it_has_ended_and_been_reaped()
    {
        using var sleeper = Process.Start("sleep", "600");
        LiveProcess.IsAlive(sleeper.Id).Should().BeTrue();

        sleeper.Kill();
        await sleeper.WaitForExitAsync(TestContext.Current.CancellationToken);

        LiveProcess.IsAlive(sleeper.Id).Should().BeFalse();
    }
}
