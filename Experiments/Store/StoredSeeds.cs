using IclClaims.Experiments.Configuration;

namespace IclClaims.Experiments.Store;

/// <summary>Which seeds the committed model store can serve a profile at: those at which it holds every model.</summary>
public static class StoredSeeds
{
    /// <summary>
    /// The seeds whose folder (<c>&lt;store&gt;/&lt;profile&gt;/seed&lt;S&gt;</c>) holds every model of
    /// <paramref name="profile"/> with readable provenance recorded at that seed; a seed with a model missing, unreadable
    /// or of another seed is left out, which the store tests report with the command that regenerates it.
    /// </summary>
    public static IReadOnlyList<int> Of(ExperimentProfile profile, string storeDirectory)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var folder = Path.Combine(storeDirectory, profile.Name.ToString());
        if (!Directory.Exists(folder)) return [];
        return Directory.GetDirectories(folder)
            .Select(ModelEntry.SeedOfFolder)
            .OfType<int>()
            .Where(seed => ExperimentProfile.ModelNames.All(model => HoldsSeed(ModelEntry.InStore(storeDirectory, profile.Name, seed, model), seed)))
            .Order()
            .ToList();
    }

    private static bool HoldsSeed(ModelEntry entry, int seed)
    {
        if (!entry.Exists) return false;
        try
        {
            return entry.ReadProvenance().Config.Seed == seed;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
