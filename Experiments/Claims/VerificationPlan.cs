using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Store;

namespace IclClaims.Experiments.Claims;

/// <summary>One profile at one seed: the unit a test run measures and every claim test row names.</summary>
public sealed record VerificationRun(ProfileName Profile, int Seed)
{
    public override string ToString() => $"{Profile} seed {Seed}";
}

/// <summary>
/// What a run verifies. A profile without a store verifies every configured seed. A stored profile verifies every seed
/// its store holds, unless seeds were named: then a profile that may train in the run (Ci) verifies the named seeds,
/// training those the store lacks, and a store-only profile (Extended) verifies the named seeds its store holds,
/// listing each named seed it lacks in <see cref="Unstored"/> with the command that trains it; that seed becomes a run
/// of its own (which then fails, naming that command) only when the user named both the profile and the seeds.
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
            var stored = profile.Stored ? StoredSeeds.Of(profile, storeDirectory) : [];
            if (!profile.Stored || (profile.TrainsInRun && (settings.SeedsGiven || stored.Count == 0)))
            {
                runs.AddRange(settings.Seeds.Select(s => new VerificationRun(profile.Name, s)));
                continue;
            }
            // An empty or broken store still gets its runs, so that they fail with the store's own message.
            var verified = stored.Count == 0 ? settings.Seeds : settings.SeedsGiven ? stored.Where(settings.Seeds.Contains) : stored;
            runs.AddRange(verified.Select(s => new VerificationRun(profile.Name, s)));
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
