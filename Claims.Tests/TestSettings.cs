using IclClaims.Experiments.Configuration;

namespace IclClaims.Claims.Tests;

/// <summary>
/// The run's settings, read once. A bad setting fails one test with its message
/// (<see cref="SmokeTests.The_configured_settings_resolve"/>); every other test that needs the settings is skipped
/// pointing there, so the run reports the mistake once instead of a trace per test.
/// </summary>
internal static class TestSettings
{
    private static readonly Lazy<(SuiteSettings? Settings, string? Error)> Read = new(() => Resolve(Environment.GetEnvironmentVariable));

    /// <summary>The settings a lookup of the variables gives, with their folders checked writable; or the one-line error.</summary>
    internal static (SuiteSettings? Settings, string? Error) Resolve(Func<string, string?> lookup)
    {
        try
        {
            var settings = SuiteSettings.FromLookup(lookup);
            settings.EnsureFoldersWritable();
            return (settings, null);
        }
        catch (UserInputException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>The configuration error, or null when the settings are valid.</summary>
    public static string? Error => Read.Value.Error;

    /// <summary>The settings; skips the calling test when they are invalid.</summary>
    public static SuiteSettings Current => Read.Value.Settings
        ?? throw Xunit.Sdk.SkipException.ForSkip($"not run: the settings are invalid ({Error}); reported by {nameof(SmokeTests)}.{nameof(SmokeTests.The_configured_settings_resolve)}");
}
