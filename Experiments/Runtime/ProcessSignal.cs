using System.Runtime.InteropServices;

namespace IclClaims.Experiments.Runtime;

/// <summary>libc's <c>kill</c>: sends a signal to a process (0 only asks whether it exists).</summary>
internal static partial class ProcessSignal
{
    public const int Terminate = 15;

    [LibraryImport("libc.so.6", EntryPoint = "kill", SetLastError = true)]
    public static partial int Send(int pid, int signal);
}
