using System.Collections.Concurrent;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Reporting;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Store;

[assembly: AssemblyFixture(typeof(IclClaims.Claims.Tests.Claims.ClaimsFixture))]

namespace IclClaims.Claims.Tests.Claims;

/// <summary>
/// Verifies the run's whole plan once (<see cref="PlanVerifier"/>: models served, what is missing trained and every
/// setting measured in child processes, two side by side) when the first claim test asks; every claim test reads its
/// (profile, seed) result from here.
/// </summary>
public sealed class ClaimsFixture : IDisposable
{
    private readonly Lazy<IReadOnlyDictionary<VerificationRun, RunOutcome>> _plan;
    private readonly ConcurrentDictionary<VerificationRun, Lazy<RunOutcome>> _extra = new();

    public ClaimsFixture() => _plan = new(() => Verify(ConfiguredProfiles.Plan()?.Runs ?? []).ToDictionary(o => o.Run), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Read when first needed, never in the constructor: a bad setting is reported once, by its own test.</summary>
    public SuiteSettings Settings => TestSettings.Current;

    /// <summary>The run's claims; a run whose models could not be served or measured rethrows its one failure.</summary>
    public ProfileOutcome Outcome(VerificationRun run)
    {
        var outcome = _plan.Value.TryGetValue(run, out var planned)
            ? planned
            : _extra.GetOrAdd(run, r => new Lazy<RunOutcome>(() => Verify([r]).Single(), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        if (outcome.Failure is { } failure) throw failure is UserInputException ? new UserInputException(failure.Message) : new InvalidOperationException(failure.Message, failure);
        return outcome.Outcome!;
    }

    private readonly ConcurrentBag<SummaryRun> _summary = [];

    private IReadOnlyList<RunOutcome> Verify(IReadOnlyList<VerificationRun> runs)
    {
        if (runs.Count == 0) return [];
        var progress = new TestProgress(Path.Combine(Settings.OutputDirectory, "progress.log"));
        TorchRuntime.Initialise(Settings.Threads);
        var provider = ModelProvider.FromSettings(Settings, progress);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcomes = new PlanVerifier(provider, Settings.CacheDirectory, Settings.PromptSeed, progress).Verify(runs);
        RunTimings.Record($"claims: {runs.Count} (profile, seed) run{(runs.Count == 1 ? "" : "s")} served and measured", clock.Elapsed);
        foreach (var o in outcomes.Where(o => o.Outcome is not null))
            _summary.Add(new SummaryRun(o.Run.Profile, o.Run.Seed, o.Outcome!, o.Sources, o.Served, o.Measured));
        // The same report the main job writes (every check's numbers), beside the figures: CI keeps it as an artefact.
        var measured = outcomes.Where(o => o.Outcome is not null).Select(o => o.Outcome!).ToList();
        if (measured.Count > 0)
            progress.Message($"report: {ClaimsReportWriter.Write(measured, Settings.OutputDirectory).HtmlPath}");
        return outcomes;
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
                File.WriteAllText(path, ClaimsSummary.Markdown(_summary.ToList(), RunTimings.All));
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }
}
