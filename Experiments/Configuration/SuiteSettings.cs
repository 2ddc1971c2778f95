using System.Globalization;
using IclClaims.Experiments.Runtime;

namespace IclClaims.Experiments.Configuration;

public enum TrainPolicy
{
    /// <summary>Local cache, then the model store, then train.</summary>
    Store,
    /// <summary>Ignore cache and store: train every model.</summary>
    Always,
}

/// <summary>The settings a user chooses for a run, read from ICLCLAIMS_* variables (runsettings.xml sets them for tests).</summary>
/// <param name="Seeds">Seeds of the in-run profiles; a store-served profile verifies the seeds its store holds (of these, when named).</param>
/// <param name="ProfilesGiven">Whether the user named the profiles (rather than taking the default).</param>
/// <param name="SeedsGiven">Whether the user named the seeds: only then does a store-served seed the store lacks fail the run.</param>
/// <param name="PromptSeed">Seed of the test prompts when it should differ from the models' (held-out prompts); null: the models' seed.</param>
public sealed record SuiteSettings(
    IReadOnlyList<ProfileName> Profiles,
    IReadOnlyList<int> Seeds,
    int Threads,
    string CacheDirectory,
    string OutputDirectory,
    TrainPolicy Train,
    bool AcceptSnapshots,
    bool ProfilesGiven = false,
    bool SeedsGiven = false,
    int? PromptSeed = null)
{
    public const string PromptSeedVariable = "ICLCLAIMS_PROMPT_SEED";
    public const string ProfileVariable = "ICLCLAIMS_PROFILE";
    public const string SeedVariable = "ICLCLAIMS_SEED";
    public const string ThreadsVariable = "ICLCLAIMS_THREADS";
    public const string CacheVariable = "ICLCLAIMS_CACHE";
    public const string OutVariable = "ICLCLAIMS_OUT";
    public const string TrainVariable = "ICLCLAIMS_TRAIN";
    public const string AcceptVariable = "ICLCLAIMS_ACCEPT";

    /// <summary>Set to true by CI services (GitHub Actions, GitLab, ...).</summary>
    public const string CiVariable = "CI";

    public const int DefaultSeed = 1;
    public const string DefaultCache = ".cache/models";
    public const string DefaultOutput = "TestResults/claims";

    /// <summary>The model cache the tests use (ICLCLAIMS_CACHE, relative to the repository root): the command line's default too.</summary>
    /// <exception cref="UserInputException">The variable is set to blanks: taken as a path it would make the repository root the cache.</exception>
    public static string CacheFromEnvironment() => CacheFrom(Environment.GetEnvironmentVariable(CacheVariable));

    /// <summary>The cache folder a value of ICLCLAIMS_CACHE names (null or empty: the default).</summary>
    internal static string CacheFrom(string? value)
    {
        if (value is { Length: > 0 } && string.IsNullOrWhiteSpace(value))
            throw new UserInputException($"{CacheVariable}: the variable holds only blanks; unset it (for {DefaultCache}) or name a folder.");
        return Path.GetFullPath(value is { Length: > 0 } ? value.Trim() : DefaultCache, RepositoryLayout.Root);
    }

    /// <summary>The store-served profiles, as every default test run verifies them (runsettings.xml says the same).</summary>
    public const string DefaultProfiles = "Ci,Extended,ExtendedLong";

    public static SuiteSettings FromEnvironment() => FromLookup(Environment.GetEnvironmentVariable);

    public static SuiteSettings FromLookup(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        string? Get(string name) => string.IsNullOrWhiteSpace(lookup(name)) ? null : lookup(name)!.Trim();
        var root = RepositoryLayout.Root;
        var accept = ParseBool(Get(AcceptVariable), AcceptVariable);
        // The README promises that CI never writes verified snapshots: accepting there would pass whatever was measured.
        if (accept && string.Equals(Get(CiVariable), "true", StringComparison.OrdinalIgnoreCase))
            throw new UserInputException($"{AcceptVariable}: snapshots are never accepted under {CiVariable}=true; accept them locally (-p:AcceptSnapshots=true), review and commit the *.verified.* files.");
        return new SuiteSettings(
            ParseProfiles(Get(ProfileVariable) ?? DefaultProfiles, ProfileVariable),
            Get(SeedVariable) is { } seeds ? ParseSeeds(seeds, SeedVariable) : [DefaultSeed],
            ParseNonNegative(Get(ThreadsVariable), ThreadsVariable, 0),
            Path.GetFullPath(Get(CacheVariable) ?? DefaultCache, root),
            Path.GetFullPath(Get(OutVariable) ?? DefaultOutput, root),
            ParseTrain(Get(TrainVariable), TrainVariable),
            accept,
            ProfilesGiven: Get(ProfileVariable) is not null,
            SeedsGiven: Get(SeedVariable) is not null,
            PromptSeed: Get(PromptSeedVariable) is { } prompts ? ParseNonNegative(prompts, PromptSeedVariable, 0) : null);
    }

    /// <summary>
    /// Checks, before any work starts, that the output folder and the model cache can be written (creating them), so a
    /// bad ICLCLAIMS_OUT or ICLCLAIMS_CACHE is one line naming the variable rather than an IOException in every test.
    /// </summary>
    /// <exception cref="UserInputException">One of them is a file, or cannot be created or written.</exception>
    public void EnsureFoldersWritable() =>
        WritableFolder.EnsureAll([(OutputDirectory, OutVariable), (CacheDirectory, CacheVariable)]);

    /// <summary>
    /// Seeds as a comma-separated list of non-negative whole numbers and ranges (<c>1,2,3</c>, <c>1-3</c>, <c>1-3,7</c>),
    /// in order, without duplicates. A range also passes through MSBuild's <c>-p:</c>, which splits on commas.
    /// </summary>
    public static IReadOnlyList<int> ParseSeeds(string text, string source)
    {
        var seeds = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is < 1 or > 2 || !bounds.All(IsWhole))
                throw new UserInputException($"{source}: '{text}' is not a list of non-negative whole numbers (for example 1 or 1,2,3 or 1-3).");
            var (from, to) = (int.Parse(bounds[0], CultureInfo.InvariantCulture), int.Parse(bounds[^1], CultureInfo.InvariantCulture));
            if (to < from) throw new UserInputException($"{source}: the range '{part}' runs backwards.");
            if (to - from >= MaxSeeds) throw new UserInputException($"{source}: the range '{part}' has more than {MaxSeeds} seeds.");
            for (var seed = from; seed <= to; seed++) if (!seeds.Contains(seed)) seeds.Add(seed);
        }
        if (seeds.Count == 0) throw new UserInputException($"{source}: no seed given (for example 1 or 1,2,3 or 1-3).");
        if (seeds.Count > MaxSeeds) throw new UserInputException($"{source}: {seeds.Count} seeds; at most {MaxSeeds} (each trains its own models).");
        return seeds;

        static bool IsWhole(string t) => t.Length > 0 && t.All(char.IsAsciiDigit) && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    /// <summary>More seeds than this in one run is a typo rather than a plan: each in-run seed trains four models.</summary>
    public const int MaxSeeds = 20;

    /// <summary>
    /// One profile, by name and whatever its case. Enum parsing would read <c>Ci,Extended</c> as a combination of flags
    /// (another profile) and <c>1</c> as a number, so only a whole name is taken.
    /// </summary>
    public static ProfileName ParseProfile(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains(',', StringComparison.Ordinal))
            throw new UserInputException(
                $"{source}: '{text}' is a list; this command takes one profile (only reproduce and the tests take a comma-separated list). Allowed values: {string.Join(", ", Enum.GetNames<ProfileName>())}.");
        var name = text.Trim();
        foreach (var p in Enum.GetValues<ProfileName>())
            if (string.Equals(p.ToString(), name, StringComparison.OrdinalIgnoreCase)) return p;
        throw new UserInputException(
            $"{source}: unknown profile '{text}'. Allowed values: {string.Join(", ", Enum.GetNames<ProfileName>())}.");
    }

    public static IReadOnlyList<ProfileName> ParseProfiles(string text, string source)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
            throw new UserInputException($"{source}: no profile given. Allowed values: {string.Join(", ", Enum.GetNames<ProfileName>())} (comma-separated).");
        return parts.Select(p => ParseProfile(p, source)).Distinct().ToList();
    }

    public static int ParseNonNegative(string? text, string source, int fallback)
    {
        if (text is null) return fallback;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= 0) return v;
        throw new UserInputException($"{source}: '{text}' is not a non-negative whole number.");
    }

    public static TrainPolicy ParseTrain(string? text, string source) => text?.ToLowerInvariant() switch
    {
        null or "store" => TrainPolicy.Store,
        "always" => TrainPolicy.Always,
        _ => throw new UserInputException($"{source}: '{text}' is not allowed. Allowed values: store, always."),
    };

    private static bool ParseBool(string? text, string source) => text?.ToLowerInvariant() switch
    {
        null or "false" or "0" => false,
        "true" or "1" => true,
        _ => throw new UserInputException($"{source}: '{text}' is not allowed. Allowed values: true, false."),
    };
}
