using System.Runtime.InteropServices;

namespace IclClaims.Experiments.Runtime;

/// <summary>Whether a process id names a process that is still running.</summary>
public static class LiveProcess
{
    private const int NoSuchProcess = 3; // ESRCH

    /// <summary>
    /// On Linux a signal 0 asks without allocating: a training's parent watch asks every second, and an allocation on
    /// that thread could start a garbage collection while the training thread is inside a native call
    /// (docs/throughput.md, "Child processes").
    /// </summary>
    public static bool IsAlive(int pid)
    {
        if (pid <= 0) return false;
        if (OperatingSystem.IsLinux()) return ProcessSignal.Send(pid, 0) == 0 || Marshal.GetLastPInvokeError() != NoSuchProcess;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
