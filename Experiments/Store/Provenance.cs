using System.Runtime.InteropServices;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Store;

/// <summary>Where a trained model came from: enough to judge it and to retrain it. <see cref="Precision"/> and <see cref="Segments"/> are absent from older entries.</summary>
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
    DateTimeOffset Date,
    string? Precision = null,
    IReadOnlyList<TrainingSegment>? Segments = null)
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
        DateTimeOffset.UtcNow,
        ProcessorFeatures.Current.TrainingPrecision,
        state.Segments);

    private static string ProcessorName()
    {
        var model = ProcessorFeatures.Current.Model;
        return $"{(model == "unknown" ? RuntimeInformation.ProcessArchitecture.ToString() : model)} ({Environment.ProcessorCount} cores)";
    }
}
