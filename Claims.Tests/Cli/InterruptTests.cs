using System.Diagnostics;
using FluentAssertions;
using IclClaims.Experiments.Cli;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Cli;

/// <summary>An interrupt outside a training stops the command line at once with 130 and the command that runs it again.</summary>
public sealed class InterruptTests
{
    [Fact]
    public async Task Sigterm_outside_a_training_stops_at_once_with_130_and_the_command_to_run_again()
    {
        var experiments = typeof(CommandLineApp).Assembly.Location;
        // A benchmark's timed steps train nothing worth a checkpoint; with a million of them it would run for hours.
        var start = new ProcessStartInfo("dotnet", [experiments, "bench", "--profile", "Smoke", "--steps", "1000000", "--threads", "1"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var token = TestContext.Current.CancellationToken;
        var stdout = process.StandardOutput.ReadToEndAsync(token);
        var stderr = new List<string>();
        try
        {
            // The handler is registered before any command runs: the first progress line means it is in place.
            while (await process.StandardError.ReadLineAsync(token) is { } line)
            {
                stderr.Add(line);
                if (line.Contains("training steps", StringComparison.Ordinal)) break;
            }
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!) await kill.WaitForExitAsync(token);
            var signalled = Stopwatch.StartNew();
            stderr.AddRange((await process.StandardError.ReadToEndAsync(token)).Split('\n', StringSplitOptions.RemoveEmptyEntries));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
            TestContext.Current.TestOutputHelper?.WriteLine(string.Join('\n', stderr) + await stdout);

            process.ExitCode.Should().Be(CommandLineApp.Interrupted);
            // A million steps take hours: a minute separates stopping at once from running on, even on a machine
            // loaded by the claims' measurements beside this test.
            signalled.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(1));
            stderr.Should().ContainSingle(l => l.StartsWith("interrupted: ", StringComparison.Ordinal))
                .Which.Should().Contain("dotnet run --project Experiments -c Release -- bench --profile Smoke --steps 1000000 --threads 1");
        }
        finally
        {
            if (!process.HasExited) process.Kill();
        }
    }
}
