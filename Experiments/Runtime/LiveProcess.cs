namespace IclClaims.Experiments.Runtime;

/// <summary>Whether a process id names a process that is still running.</summary>
public static class LiveProcess
{
    public static bool IsAlive(int pid)
    {
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
