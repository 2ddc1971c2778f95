using System.Runtime.InteropServices;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Store;

/// <summary>Where a trained model came from: enough to judge it and to retrain it.</summary>
public sealed record Provenance(
    string Key,
    int FormatVersion,
    int TrainingCodeVersion,
    TrainingConfig Config,
    string WeightsSha256,
    int Steps,
    double WallSeconds,
    IReadOnlyList<LossRecord> LossLog,
    string Processor,
    int Threads,
    string OperatingSystem,
    string TorchSharpVersion,
    string Device,
    DateTimeOffset Date)
{
    public static Provenance Describe(TrainingConfig config, TrainingState state, string weightsSha256, string device) => new(
        ModelKey.Of(config),
        ModelKey.FormatVersion,
        ModelKey.TrainingCodeVersion,
        config,
        weightsSha256,
        state.Step,
        Math.Round(state.Seconds, 1),
        state.LossLog,
        ProcessorName(),
        TorchSharp.torch.get_num_threads(),
        RuntimeInformation.OSDescription,
        typeof(TorchSharp.torch).Assembly.GetName().Version?.ToString() ?? "unknown",
        device,
        DateTimeOffset.UtcNow);

    private static string ProcessorName()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null) return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() + $" ({Environment.ProcessorCount} cores)";
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return $"{RuntimeInformation.ProcessArchitecture} ({Environment.ProcessorCount} cores)";
    }
}
