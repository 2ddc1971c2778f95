using System.Runtime.InteropServices;

namespace IclClaims.Experiments.Runtime;

/// <summary>
/// Keeps the memory libtorch frees inside the process (glibc's malloc). By default glibc returns large freed blocks to
/// the kernel, so every training step maps, faults in and zeroes its activations afresh; on a paravirtualised machine
/// that page-fault traffic took half of each step (docs/throughput.md, "Allocator"). Only where memory goes changes:
/// the weights a training produces are bitwise the same.
/// </summary>
public static partial class NativeAllocator
{
    // mallopt's parameter numbers (glibc's malloc.h).
    private const int TrimThreshold = -1;
    private const int TopPad = -2;
    private const int MmapThreshold = -3;

    /// <summary>Blocks below this are served from the heap and reused (32 MiB is glibc's upper limit for the setting).</summary>
    public const int MmapThresholdBytes = 32 * 1024 * 1024;

    /// <summary>Freed heap memory up to this stays mapped: more than a training of the suite's sizes ever frees at once.</summary>
    public const int TrimThresholdBytes = int.MaxValue;

    /// <summary>Each heap growth asks the kernel for this much extra, so a growing heap maps rarely.</summary>
    public const int TopPadBytes = 64 * 1024 * 1024;

    private static readonly Lazy<string> Applied = new(Apply);

    /// <summary>Applies the settings once per process; says what was done, for logs and the bench.</summary>
    public static string KeepFreedMemory() => Applied.Value;

    private static string Apply()
    {
        if (!OperatingSystem.IsLinux()) return "allocator: the platform's default (the glibc settings apply on Linux only)";
        try
        {
            var ok = mallopt(MmapThreshold, MmapThresholdBytes) == 1
                     & mallopt(TrimThreshold, TrimThresholdBytes) == 1
                     & mallopt(TopPad, TopPadBytes) == 1;
            return ok
                ? $"allocator: glibc keeps freed memory (mmap threshold {MmapThresholdBytes >> 20} MiB, no trimming)"
                : "allocator: glibc refused a mallopt setting; freed memory may go back to the kernel (slower steps)";
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return $"allocator: not glibc ({e.GetType().Name}); freed memory may go back to the kernel (slower steps)";
        }
    }

    [LibraryImport("libc.so.6", EntryPoint = "mallopt")]
    private static partial int mallopt(int param, int value);
}
