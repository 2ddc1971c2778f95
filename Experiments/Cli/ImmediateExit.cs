using System.Runtime.InteropServices;
using IclClaims.Experiments.Runtime;

namespace IclClaims.Experiments.Cli;

/// <summary>
/// Ends the process from a signal handler while torch may be computing on another thread. Environment.Exit runs
/// libtorch's static destructors under that computation and can crash (SIGSEGV) instead of exiting with the code;
/// _exit ends the process without them. Standard error is unbuffered, so what was printed before is out.
/// </summary>
internal static partial class ImmediateExit
{
    public static void Now(int code)
    {
        if (OperatingSystem.IsLinux()) Exit(code);
        Environment.Exit(code);
    }

    [LibraryImport("libc.so.6", EntryPoint = "_exit")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial void Exit(int code);
}
