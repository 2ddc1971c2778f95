using System.Text.Json;
using IclClaims.Experiments.Files;
using IclClaims.Experiments.Model;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Store;

/// <summary>
/// One trained model on disk: <c>model.bin</c> and <c>provenance.json</c> in a folder. The same layout serves the
/// local cache and the committed store.
/// </summary>
public sealed class ModelEntry(string directory)
{
    public const string WeightsFile = "model.bin";
    public const string ProvenanceFile = "provenance.json";

    public string Directory { get; } = directory;

    /// <summary>The prefix of a seed's folder in the store: <c>seed1</c>, <c>seed2</c>, ...</summary>
    public const string SeedFolderPrefix = "seed";

    /// <summary>The store's entry of one model of a profile at one seed: <c>&lt;store&gt;/&lt;profile&gt;/seed&lt;S&gt;/&lt;model&gt;</c>.</summary>
    public static ModelEntry InStore(string storeDirectory, Configuration.ProfileName profile, int seed, string model) =>
        new(Path.Combine(SeedFolder(storeDirectory, profile, seed), model));

    /// <summary>The folder that holds every model of a profile at one seed.</summary>
    public static string SeedFolder(string storeDirectory, Configuration.ProfileName profile, int seed) =>
        Path.Combine(storeDirectory, profile.ToString(), FormattableString.Invariant($"{SeedFolderPrefix}{seed}"));

    /// <summary>The seed a store folder is named after (<c>seed2</c> is 2), or null for a folder that is not a seed's.</summary>
    public static int? SeedOfFolder(string folder)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        return name.StartsWith(SeedFolderPrefix, StringComparison.Ordinal)
               && int.TryParse(name.AsSpan(SeedFolderPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seed)
            ? seed
            : null;
    }

    /// <summary>The entry of another model in the same folder: in the store, a two-stage model's first stage sits beside it.</summary>
    public ModelEntry Sibling(string modelName) => new(Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Directory))!, modelName));

    public bool Exists => File.Exists(Path.Combine(Directory, ProvenanceFile));

    public Provenance ReadProvenance()
    {
        var path = Path.Combine(Directory, ProvenanceFile);
        try
        {
            var provenance = JsonSerializer.Deserialize<Provenance>(File.ReadAllText(path), Json.Options)
                             ?? throw new InvalidDataException($"{path} is empty");
            // A hand-edited or truncated file can parse and still lack what loading and reporting rely on.
            var missing = new (bool Absent, string What)[]
            {
                (string.IsNullOrEmpty(provenance.Key), "its model key"),
                (provenance.Config is null, "its configuration"),
                (string.IsNullOrEmpty(provenance.WeightsSha256), "its weights hash"),
                (provenance.LossLog is null || provenance.LossLog.Count == 0, "its loss log"),
            }.Where(m => m.Absent).Select(m => m.What).ToList();
            if (missing.Count > 0) throw new InvalidDataException($"{path} lacks {string.Join(", ", missing)}");
            return provenance;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid provenance file: {e.Message}", e);
        }
    }

    /// <summary>Loads the weights after checking them against the recorded hash; throws InvalidDataException when they do not match.</summary>
    public IclTransformer Load(TrainingConfig expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var provenance = ReadProvenance();
        var key = ModelKey.Of(expected);
        if (provenance.Key != key) throw new InvalidDataException($"{Directory} holds model {provenance.Key}, not {key}");
        var weights = Path.Combine(Directory, WeightsFile);
        if (!File.Exists(weights)) throw new InvalidDataException($"{weights} is missing");
        var hash = FileHash.Sha256(weights);
        if (hash != provenance.WeightsSha256)
            throw new InvalidDataException($"{weights} is corrupt or truncated (sha256 {Abbreviated(hash)}, recorded {Abbreviated(provenance.WeightsSha256)})");
        return SavedWeights.Load(expected.Model, weights);
    }

    /// <summary>The start of a hash for a message; a hand-edited record may hold fewer characters than that.</summary>
    private static string Abbreviated(string hash) => hash.Length > 12 ? $"{hash[..12]}…" : $"'{hash}'";

    /// <summary>
    /// Writes like <see cref="Write"/>, but returns why the entry could not be written (a full disk, a path too long)
    /// instead of throwing, or null when it was: a finished training is worth more than its cache entry.
    /// </summary>
    public static string? TryWrite(string directory, IclTransformer model, TrainingConfig config, TrainingState state, string device)
    {
        try
        {
            Write(directory, model, config, state, device);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }

    public static ModelEntry Write(string directory, IclTransformer model, TrainingConfig config, TrainingState state, string device)
    {
        ArgumentNullException.ThrowIfNull(model);
        AtomicDirectory.Write(directory, dir =>
        {
            var weights = Path.Combine(dir, WeightsFile);
            model.save(weights);
            var provenance = Provenance.Describe(config, state, FileHash.Sha256(weights), device);
            File.WriteAllText(Path.Combine(dir, ProvenanceFile), JsonSerializer.Serialize(provenance, Json.Options));
        });
        return new ModelEntry(directory);
    }
}
