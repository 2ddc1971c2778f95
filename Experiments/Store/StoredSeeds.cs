using IclClaims.Experiments.Configuration;

namespace IclClaims.Experiments.Store;

/// <summary>Which seeds the committed model store can serve a profile at: those at which it holds every model.</summary>
public static class StoredSeeds
{
    /// <summary>
    /// The seeds recorded in the provenance of every model of <paramref name="profile"/> in the store (one entry a model
    /// today, so at most one seed); empty when a model is missing or its provenance is unreadable, which the
    /// store tests report with the command that regenerates it.
    /// </summary>
    public static IReadOnlyList<int> Of(ExperimentProfile profile, string storeDirectory)
    {
        ArgumentNullException.ThrowIfNull(profile);
        HashSet<int>? common = null;
        foreach (var model in ExperimentProfile.ModelNames)
        {
            var entry = ModelEntry.InStore(storeDirectory, profile.Name, model);
            if (!entry.Exists) return [];
            int seed;
            try
            {
                seed = entry.ReadProvenance().Config.Seed;
            }
            catch (InvalidDataException)
            {
                return [];
            }
            if (common is null) common = [seed];
            else common.IntersectWith([seed]);
        }
        return common?.Order().ToList() ?? [];
    }
}
