using System.Collections.Concurrent;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Store;

[assembly: AssemblyFixture(typeof(IclClaims.Claims.Tests.Claims.ClaimsFixture))]

namespace IclClaims.Claims.Tests.Claims;

/// <summary>
/// Serves each profile's models once per test run (cache, store, or training) and measures all six claims once;
/// every claim test reads its result from here.
/// </summary>
public sealed class ClaimsFixture : IDisposable
{
    private readonly ConcurrentDictionary<VerificationRun, Lazy<ProfileOutcome>> _outcomes = new();

    /// <summary>Read when first needed, never in the constructor: a bad setting is reported once, by its own test.</summary>
    public SuiteSettings Settings => TestSettings.Current;

    public ProfileOutcome Outcome(VerificationRun run) =>
        _outcomes.GetOrAdd(run, r => new Lazy<ProfileOutcome>(() => Measure(r.Profile, r.Seed), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private ProfileOutcome Measure(ProfileName name, int seed)
    {
        var progress = new TestProgress(Path.Combine(Settings.OutputDirectory, "progress.log"));
        TorchRuntime.Initialise(Settings.Threads);
        var provider = ModelProvider.FromSettings(Settings, progress);
        var profile = Profiles.Get(name);
        progress.Message($"profile {name}, seed {seed}: serving models");
        using var models = ModelSet.Load(profile, seed, provider, Settings.Threads);
        foreach (var (model, source) in models.Sources) progress.Message($"model {model}: {source}");
        var outcome = ClaimsRunner.Run(models);
        progress.Message($"profile {name}, seed {seed}: claims measured");
        return outcome;
    }

    public void Dispose() => _outcomes.Clear();
}
