using System.Diagnostics;

namespace IclClaims.Experiments.Runtime;

/// <summary>What a child run of the suite's command line ended with.</summary>
/// <param name="LastError">Its last non-empty line on standard error: the one-line message of a failure.</param>
public sealed record ChildExit(int Code, string StandardOutput, string? LastError);

/// <summary>
/// Runs the suite's own command line (<c>train</c>, <c>measure</c>, <c>rerun</c>) as a child process. Trainings and
/// measurements run there rather than on threads of the caller: each child has one torch thread and its own heap, so
/// two run side by side without sharing a garbage collector (no finalizer can free a tensor argument another thread
/// is still reading) and the caller's memory stays small.
/// </summary>
public static class SuiteCli
{
    /// <summary>The command line's assembly: this one, which the test project and the CLI both load.</summary>
    public static string AssemblyPath => typeof(SuiteCli).Assembly.Location;

    /// <summary>
    /// Runs the command line with <paramref name="args"/>, relaying each line it writes on standard error to
    /// <paramref name="onLine"/> as it comes. Cancelling <paramref name="cancel"/> sends the child SIGTERM, which a
    /// training answers with a checkpoint and exit code 130.
    /// </summary>
    public static ChildExit Run(IReadOnlyList<string> args, Action<string> onLine, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(onLine);
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment[ParentWatch.Variable] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.ArgumentList.Add(AssemblyPath);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName} {AssemblyPath}");
        child.StandardInput.Close();
        string? lastError = null;
        // Standard error is read on a thread of its own, not the thread pool's: a caller that cancels on a progress
        // line must see it while the child is still at that step, even when the pool is busy with waiting callers.
        var relay = new Thread(() =>
        {
            while (child.StandardError.ReadLine() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                lastError = line;
                onLine(line);
            }
        })
        { IsBackground = true, Name = "child stderr" };
        relay.Start();
        var output = child.StandardOutput.ReadToEndAsync(CancellationToken.None);
        // While a child runs, an interrupt of this process is relayed to it (and this process waits for its checkpoint)
        // rather than ending this process at once and leaving the child behind.
        using var active = Training.ActiveTrainings.Enter(cancel);
        using (cancel.Register(() => Terminate(child)))
        {
            child.WaitForExit();
        }
        relay.Join();
        return new ChildExit(child.ExitCode, output.GetAwaiter().GetResult(), lastError);
    }

    /// <summary>SIGTERM, not a kill: the child checkpoints a training and says how to resume it.</summary>
    private static void Terminate(Process child)
    {
        try
        {
            if (!child.HasExited)
            {
                if (OperatingSystem.IsWindows()) child.Kill(entireProcessTree: true);
                else _ = ProcessSignal.Send(child.Id, ProcessSignal.Terminate);
            }
        }
        catch (InvalidOperationException)
        {
            // It has exited meanwhile.
        }
    }

    /// <summary>The dotnet host that runs this process, so the child uses the same runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        return "dotnet";
    }
}
