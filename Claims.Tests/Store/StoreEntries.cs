using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Store;

namespace IclClaims.Claims.Tests.Store;

/// <summary>The model store entries the repository commits, and those the configured run needs.</summary>
public static class StoreEntries
{
    /// <summary>Every committed entry, <c>Models/&lt;profile&gt;/seed&lt;S&gt;/&lt;model&gt;</c>; a folder under a profile that is not a seed's has the seed null, which the store tests reject.</summary>
    public static IEnumerable<(ProfileName Profile, int? Seed, string Model, ModelEntry Entry)> Committed()
    {
        foreach (var profile in Enum.GetValues<ProfileName>())
        {
            var folder = Path.Combine(RepositoryLayout.ModelStore, profile.ToString());
            if (!Directory.Exists(folder)) continue;
            foreach (var seedFolder in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
            foreach (var dir in Directory.GetDirectories(seedFolder).Order(StringComparer.Ordinal))
                yield return (profile, ModelEntry.SeedOfFolder(seedFolder), Path.GetFileName(dir), new ModelEntry(dir));
        }
    }

    /// <summary>The committed store's entry of one model of a profile at one seed (whether or not it exists).</summary>
    public static ModelEntry Of(ProfileName profile, int seed, string model) => ModelEntry.InStore(RepositoryLayout.ModelStore, profile, seed, model);

    /// <summary>Every (profile, model) the configured profiles keep in the store: the models they serve, and a first stage the mixture is regenerated from.</summary>
    public static IEnumerable<(ExperimentProfile Profile, string Model)> Required(SuiteSettings settings) =>
        settings.Profiles.Select(Profiles.Get).Where(p => p.Stored)
            .SelectMany(p => p.TrainedModels.Select(m => (p, m)));
}
