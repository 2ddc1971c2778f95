using static TorchSharp.torch;

namespace IclClaims.Experiments.Runtime;

/// <summary>Loads libtorch, sets the calling thread's thread count and the allocator's reuse of freed memory, and turns a failed native load into the fix to apply.</summary>
public static class TorchRuntime
{
    private static readonly Lock Gate = new();

    public const string LoadFailureMessage =
        "TorchSharp could not load libtorch. On Debian 12 the system libstdc++ lacks GLIBCXX_3.4.32; run 'sudo bash eng/setup.sh' once " +
        "(it installs libstdc++6 from Debian 13 behind a low apt pin). Elsewhere install libstdc++ from GCC 13 or newer.";

    /// <summary>
    /// Loads libtorch and gives the calling thread <paramref name="threads"/> intra-op threads (0: one per core).
    /// Call it on the thread that then does the torch work: libtorch keeps the count per OS thread once that thread
    /// has run an operation, so a count set on another thread does not reach it (measured: a worker that had run at
    /// two threads kept two after the main thread set one, and a stored model's re-run drifted 2% by step 200).
    /// </summary>
    public static void Initialise(int threads)
    {
        var wanted = threads > 0 ? threads : Environment.ProcessorCount;
        NativeAllocator.KeepFreedMemory();
        lock (Gate)
        {
            try
            {
                set_num_threads(wanted);
            }
            catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or NotSupportedException)
            {
                throw new UserInputException(LoadFailureMessage + $" ({e.GetBaseException().Message})");
            }
        }
    }

    /// <summary>"cpu", or "cuda" when asked for and present.</summary>
    public static Device ResolveDevice(string name) => name.ToLowerInvariant() switch
    {
        "cpu" => CPU,
        "cuda" when cuda.is_available() => CUDA,
        "cuda" => throw new UserInputException("--device cuda: no CUDA device is available (build with -p:ClaimsTorchBackend=cuda on a machine with a GPU)."),
        "auto" => cuda.is_available() ? CUDA : CPU,
        _ => throw new UserInputException($"--device: unknown device '{name}'. Allowed values: cpu, cuda, auto."),
    };
}
