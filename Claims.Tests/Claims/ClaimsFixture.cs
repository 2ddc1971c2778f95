using System.Collections.Concurrent;
using System.Diagnostics;
using IclClaims.Experiments.Reporting;
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

    private readonly ConcurrentBag<SummaryRun> _summary = [];

    private ProfileOutcome Measure(ProfileName name, int seed)
    {
        var progress = new TestProgress(Path.Combine(Settings.OutputDirectory, "progress.log"));
        TorchRuntime.Initialise(Settings.Threads);
        var provider = ModelProvider.FromSettings(Settings, progress);
        var profile = Profiles.Get(name);
        progress.Message($"profile {name}, seed {seed}: serving models");
        var clock = Stopwatch.StartNew();
        using var models = ModelSet.Load(profile, seed, provider, Settings.Threads);
        var served = clock.Elapsed;
        foreach (var (model, source) in models.Sources) progress.Message($"model {model}: {source}");
        var outcome = ClaimsRunner.Run(models, Settings.PromptSeed);
        progress.Message($"profile {name}, seed {seed}: claims measured");
        _summary.Add(new SummaryRun(name, seed, outcome, models.Sources.ToDictionary(s => s.Key, s => s.Value.ToString()), served, clock.Elapsed - served));
        return outcome;
    }

    /// <summary>Where the run's claims x (profile, seed) table lands; .ci/run and the test target print it.</summary>
    public static string SummaryFile(SuiteSettings settings) => Path.Combine(settings.OutputDirectory, "summary.md");

    public void Dispose()
    {
        if (TestSettings.Error is null)
        {
            var path = SummaryFile(Settings);
            // A run that measured no claim (piece tests only) leaves no table, and no earlier run's either.
            if (!_summary.IsEmpty)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, ClaimsSummary.Markdown(_summary.ToList()));
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        _outcomes.Clear();
    }
}
