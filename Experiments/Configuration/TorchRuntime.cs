using static TorchSharp.torch;

namespace IclClaims.Experiments.Configuration;

/// <summary>Loads libtorch once, with a fixed thread count, and turns a failed native load into the fix to apply.</summary>
public static class TorchRuntime
{
    private static readonly Lock Gate = new();
    private static int? _threads;

    public const string LoadFailureMessage =
        "TorchSharp could not load libtorch. On Debian 12 the system libstdc++ lacks GLIBCXX_3.4.32; run 'sudo bash eng/setup.sh' once " +
        "(it installs libstdc++6 from Debian 13 behind a low apt pin). Elsewhere install libstdc++ from GCC 13 or newer.";

    /// <summary>Initialises torch with <paramref name="threads"/> intra-op threads (0: one per core).</summary>
    public static void Initialise(int threads)
    {
        lock (Gate)
        {
            var wanted = threads > 0 ? threads : Environment.ProcessorCount;
            if (_threads == wanted) return;
            try
            {
                set_num_threads(wanted);
            }
            catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or NotSupportedException)
            {
                throw new UserInputException(LoadFailureMessage + $" ({e.GetBaseException().Message})");
            }
            _threads = wanted;
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
