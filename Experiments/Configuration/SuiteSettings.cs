using System.Globalization;

namespace IclClaims.Experiments.Configuration;

public enum TrainPolicy
{
    /// <summary>Local cache, then the model store, then train.</summary>
    Store,
    /// <summary>Ignore cache and store: train every model.</summary>
    Always,
}

/// <summary>The settings a user chooses for a run, read from ICLCLAIMS_* variables (runsettings.xml sets them for tests).</summary>
public sealed record SuiteSettings(
    IReadOnlyList<ProfileName> Profiles,
    int Seed,
    int Threads,
    string CacheDirectory,
    string OutputDirectory,
    TrainPolicy Train,
    bool AcceptSnapshots)
{
    public const string ProfileVariable = "ICLCLAIMS_PROFILE";
    public const string SeedVariable = "ICLCLAIMS_SEED";
    public const string ThreadsVariable = "ICLCLAIMS_THREADS";
    public const string CacheVariable = "ICLCLAIMS_CACHE";
    public const string OutVariable = "ICLCLAIMS_OUT";
    public const string TrainVariable = "ICLCLAIMS_TRAIN";
    public const string AcceptVariable = "ICLCLAIMS_ACCEPT";

    public const int DefaultSeed = 1;

    /// <summary>Both scales, as every default test run verifies them (runsettings.xml says the same).</summary>
    public const string DefaultProfiles = "Ci,Extended";

    public static SuiteSettings FromEnvironment() => FromLookup(Environment.GetEnvironmentVariable);

    public static SuiteSettings FromLookup(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        string? Get(string name) => string.IsNullOrWhiteSpace(lookup(name)) ? null : lookup(name)!.Trim();
        var root = RepositoryLayout.Root;
        return new SuiteSettings(
            ParseProfiles(Get(ProfileVariable) ?? DefaultProfiles, ProfileVariable),
            ParseNonNegative(Get(SeedVariable), SeedVariable, DefaultSeed),
            ParseNonNegative(Get(ThreadsVariable), ThreadsVariable, 0),
            Path.GetFullPath(Get(CacheVariable) ?? ".cache/models", root),
            Path.GetFullPath(Get(OutVariable) ?? "TestResults/claims", root),
            ParseTrain(Get(TrainVariable), TrainVariable),
            ParseBool(Get(AcceptVariable), AcceptVariable));
    }

    public static ProfileName ParseProfile(string text, string source)
    {
        if (Enum.TryParse<ProfileName>(text.Trim(), ignoreCase: true, out var p) && Enum.IsDefined(p) && !int.TryParse(text, out _))
            return p;
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

    private static TrainPolicy ParseTrain(string? text, string source) => text?.ToLowerInvariant() switch
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
