using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Store;

namespace IclClaims.Experiments.Claims;

/// <summary>One profile at one seed: the unit a test run measures and every claim test row names.</summary>
public sealed record VerificationRun(ProfileName Profile, int Seed)
{
    public override string ToString() => $"{Profile} seed {Seed}";
}

/// <summary>
/// What a run verifies: each in-run profile at every configured seed, each store-served profile at every seed its store
/// holds, whatever the seed setting. A store-served seed the user asked for that the store lacks is listed in
/// <see cref="Unstored"/> with the command that trains it; it becomes a run of its own (which then fails, naming that
/// command) only when the user named both the profile and the seeds.
/// </summary>
public sealed record VerificationPlan(IReadOnlyList<VerificationRun> Runs, IReadOnlyList<string> Unstored)
{
    public static VerificationPlan For(SuiteSettings settings, string storeDirectory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var runs = new List<VerificationRun>();
        var unstored = new List<string>();
        foreach (var profile in settings.Profiles.Select(Profiles.Get))
        {
            if (!profile.ServedFromStore)
            {
                runs.AddRange(settings.Seeds.Select(s => new VerificationRun(profile.Name, s)));
                continue;
            }
            var stored = StoredSeeds.Of(profile, storeDirectory);
            // An empty or broken store still gets its runs, so that they fail with the store's own message.
            runs.AddRange((stored.Count > 0 ? stored : settings.Seeds).Select(s => new VerificationRun(profile.Name, s)));
            if (!settings.SeedsGiven || stored.Count == 0) continue;
            foreach (var seed in settings.Seeds.Where(s => !stored.Contains(s)))
            {
                unstored.Add($"{profile.Name} is served from the model store, which holds seed{(stored.Count > 1 ? "s" : "")} {string.Join(", ", stored)}, not seed {seed}; " +
                             $"train it with: {RegenerateCommand.For(profile.Name, null, seed)}");
                if (settings.ProfilesGiven) runs.Add(new VerificationRun(profile.Name, seed));
            }
        }
        return new VerificationPlan(runs, unstored);
    }
}
