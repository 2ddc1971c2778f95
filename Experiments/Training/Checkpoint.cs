using System.Text.Json;
using IclClaims.Experiments.Files;
using IclClaims.Experiments.Model;
using TorchSharp.Modules;

namespace IclClaims.Experiments.Training;

/// <summary>A resumable snapshot of one training (weights, Adam moments, loss log), tied to its configuration key.</summary>
public sealed class Checkpoint(string directory, string key)
{
    private const string WeightsFile = "model.bin";
    private const string OptimiserFile = "optimiser.bin";
    private const string StateFile = "state.json";

    public string Directory { get; } = directory;

    public void Save(IclTransformer model, Adam optimiser, TrainingState state)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(optimiser);
        AtomicDirectory.Write(Directory, dir =>
        {
            model.save(Path.Combine(dir, WeightsFile));
            optimiser.save_state_dict(Path.Combine(dir, OptimiserFile));
            var record = new Saved(key, FileHash.Sha256(Path.Combine(dir, WeightsFile)), FileHash.Sha256(Path.Combine(dir, OptimiserFile)), state);
            File.WriteAllText(Path.Combine(dir, StateFile), JsonSerializer.Serialize(record, Json.Options));
        });
    }

    /// <summary>
    /// Saves like <see cref="Save"/>, but a checkpoint that cannot be written (a full disk, a path too long) is not
    /// worth the training it protects: returns why it failed, or null when it was written.
    /// </summary>
    public string? TrySave(IclTransformer model, Adam optimiser, TrainingState state)
    {
        try
        {
            Save(model, optimiser, state);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }

    /// <summary>Loads a checkpoint into the model and optimiser; null when there is none, or it is corrupt (reported).</summary>
    public TrainingState? TryLoad(IclTransformer model, Adam optimiser, ITrainingProgress progress)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(optimiser);
        ArgumentNullException.ThrowIfNull(progress);
        var statePath = Path.Combine(Directory, StateFile);
        if (!File.Exists(statePath)) return null;
        try
        {
            var saved = JsonSerializer.Deserialize<Saved>(File.ReadAllText(statePath), Json.Options)
                        ?? throw new InvalidDataException("empty state file");
            if (saved.Key != key) throw new InvalidDataException($"checkpoint belongs to configuration {saved.Key}, not {key}");
            if (FileHash.Sha256(Path.Combine(Directory, WeightsFile)) != saved.WeightsSha256 ||
                FileHash.Sha256(Path.Combine(Directory, OptimiserFile)) != saved.OptimiserSha256)
                throw new InvalidDataException("file hashes do not match");
            model.load(Path.Combine(Directory, WeightsFile));
            optimiser.load_state_dict(Path.Combine(Directory, OptimiserFile));
            return saved.State;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or ArgumentException or UnauthorizedAccessException)
        {
            progress.Message($"checkpoint at {Directory} is unusable ({e.Message}); starting from step 0");
            return null;
        }
    }

    public void Delete()
    {
        if (System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true);
    }

    private sealed record Saved(string Key, string WeightsSha256, string OptimiserSha256, TrainingState State);
}
