using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Files;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Claims;

/// <summary>What one (profile, seed) run of a plan came to: its claims, or the one failure that stopped it.</summary>
/// <param name="Sources">Where each model came from (cache, store, trained).</param>
/// <param name="Served">Time spent serving (and training) its models.</param>
/// <param name="Measured">Time its measurements took, a shared one counted for each run that uses it.</param>
public sealed record RunOutcome(VerificationRun Run, ProfileOutcome? Outcome, Exception? Failure, IReadOnlyDictionary<string, string> Sources,
    TimeSpan Served, TimeSpan Measured);

/// <summary>
/// Verifies every (profile, seed) run of a plan: the test run and <c>reproduce</c> both go through here. First each
/// run's models are served (cache, then store); what a run lacks is trained in child processes. Then every setting of
/// every run is measured in a child process of its own (<c>measure</c>, one torch thread), two side by side. A
/// measurement that depends only on models, settings and prompts that another run shares (Extended's claims 4-6 use
/// Ci's sinusoid model) is made once and serves both.
/// </summary>
public sealed class PlanVerifier(ModelProvider provider, string cacheDirectory, int? promptSeed, ITrainingProgress progress, CancellationToken interrupt = default)
{
    public const int SideBySide = 2;

    /// <exception cref="TrainingInterruptedException">Interrupted: trainings checkpointed, nothing measured further.</exception>
    public IReadOnlyList<RunOutcome> Verify(IReadOnlyList<VerificationRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var probed = runs.Select(Probe).ToList();
        // A stale or corrupt store entry is the user's to regenerate, like a changed figure: the run fails at once with its
        // one command, before anything is trained or measured.
        if (probed.FirstOrDefault(p => p.Failure is StaleStoreEntryException) is { } stale)
            return probed.Select(p => new RunOutcome(p.Run, null, p.Failure ?? stale.Failure, p.Sources, p.Time, TimeSpan.Zero)).ToList();
        var served = probed.Select(Complete).ToList();
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var s in served.Where(s => s.Failure is null))
        foreach (var setting in new[] { ClaimSetting.Linear, ClaimSetting.Sine })
        {
            var key = UnitKey(s.Run, setting);
            if (!units.ContainsKey(key)) units[key] = new Unit(key, s.Run, setting);
        }
        var work = Path.Combine(Path.GetTempPath(), "iclclaims-measure-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var measured = new ConcurrentDictionary<string, (IReadOnlyList<ClaimResult>? Results, Exception? Failure, TimeSpan Time)>(StringComparer.Ordinal);
            OrderedJobRunner.Run(units.Values.ToList(), _ => [], SideBySide, unit => measured[unit.Key] = Measure(unit, work));
            return served.Select(s => Assemble(s, measured)).ToList();
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    private sealed record Unit(string Key, VerificationRun Run, ClaimSetting Setting);

    private sealed record ServedRun(VerificationRun Run, Exception? Failure, IReadOnlyDictionary<string, string> Sources, TimeSpan Time,
        IReadOnlyList<TrainingConfig>? Missing = null);

    /// <summary>What the cache and the store serve of a run, and what it lacks; nothing is trained yet.</summary>
    private ServedRun Probe(VerificationRun run)
    {
        var clock = Stopwatch.StartNew();
        var profile = Profiles.Get(run.Profile);
        progress.Message($"profile {run.Profile}, seed {run.Seed}: serving models");
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var missing = new List<TrainingConfig>();
            foreach (var name in ExperimentProfile.ModelNames)
            {
                var config = profile.Model(name, run.Seed);
                if (provider.ServableFrom(run.Profile, config) is { } source) sources[name] = source.ToString();
                else missing.Add(config);
            }
            provider.EnsureTrainingAllowed(profile, missing);
            return new ServedRun(run, null, sources, clock.Elapsed, missing);
        }
        catch (Exception e) when (e is UserInputException)
        {
            progress.Message($"profile {run.Profile}, seed {run.Seed}: {e.Message}");
            return new ServedRun(run, e, sources, clock.Elapsed);
        }
    }

    /// <summary>Trains what a probed run lacks (child processes), so that every model of it is in the cache or the store.</summary>
    private ServedRun Complete(ServedRun probed)
    {
        if (probed.Failure is not null || probed.Missing is not { Count: > 0 } missing) return Report(probed);
        var clock = Stopwatch.StartNew();
        var sources = new Dictionary<string, string>(probed.Sources, StringComparer.Ordinal);
        try
        {
            provider.TrainInChildren(Profiles.Get(probed.Run.Profile), missing);
            foreach (var config in missing)
            {
                provider.LoadTrained(config).Dispose();
                sources[config.Name] = ModelSource.Trained.ToString();
            }
            return Report(probed with { Sources = sources, Time = probed.Time + clock.Elapsed, Missing = null });
        }
        catch (Exception e) when (e is UserInputException or ChildTrainingException)
        {
            progress.Message($"profile {probed.Run.Profile}, seed {probed.Run.Seed}: {e.Message}");
            return probed with { Failure = e, Sources = sources, Time = probed.Time + clock.Elapsed };
        }
    }

    private ServedRun Report(ServedRun served)
    {
        foreach (var (model, source) in served.Sources) progress.Message($"profile {served.Run.Profile}, seed {served.Run.Seed}: model {model}: {source}");
        return served;
    }

    /// <summary>
    /// What a setting's measurement depends on: the setting, its models' configurations (seed included), the test
    /// prompts' seed and count. Two runs with the same key get the same numbers, so one measurement serves both.
    /// </summary>
    private string UnitKey(VerificationRun run, ClaimSetting setting) => MeasurementKey(run, setting, promptSeed);

    /// <summary>The key of <see cref="UnitKey"/>: runs with equal keys share one measurement.</summary>
    public static string MeasurementKey(VerificationRun run, ClaimSetting setting, int? promptSeed)
    {
        ArgumentNullException.ThrowIfNull(run);
        var profile = Profiles.Get(run.Profile);
        var models = ModelSet.ModelsOf(setting).Select(n => ModelKey.Of(profile.Model(n, run.Seed)));
        object settingValue = setting == ClaimSetting.Linear ? profile.Linear : profile.Sine;
        var count = setting == ClaimSetting.Linear
            ? string.Create(CultureInfo.InvariantCulture, $"{profile.TestPrompts.Linear}/{profile.TestPrompts.Sweep}")
            : profile.TestPrompts.Sine.ToString(CultureInfo.InvariantCulture);
        return string.Join('|', [setting.ToString(), .. models, JsonSerializer.Serialize(settingValue, Json.Canonical),
            (promptSeed ?? run.Seed).ToString(CultureInfo.InvariantCulture), count]);
    }

    private (IReadOnlyList<ClaimResult>? Results, Exception? Failure, TimeSpan Time) Measure(Unit unit, string work)
    {
        var clock = Stopwatch.StartNew();
        var file = Path.Combine(work, $"{unit.Run.Profile}-seed{unit.Run.Seed}-{unit.Setting}.json".ToLowerInvariant());
        List<string> args =
        [
            "measure", "--profile", unit.Run.Profile.ToString(), "--seed", unit.Run.Seed.ToString(CultureInfo.InvariantCulture),
            "--setting", unit.Setting.ToString().ToLowerInvariant(), "--threads", "1", "--cache", Path.GetFullPath(cacheDirectory), "--results", file,
        ];
        if (promptSeed is { } p) args.AddRange(["--prompt-seed", p.ToString(CultureInfo.InvariantCulture)]);
        progress.Message($"profile {unit.Run.Profile}, seed {unit.Run.Seed}: measuring the {unit.Setting.ToString().ToLowerInvariant()} setting in a child process");
        var exit = SuiteCli.Run(args, progress.Message, interrupt);
        if (exit.Code == ExitCodes.Interrupted || interrupt.IsCancellationRequested)
            throw new TrainingInterruptedException($"measuring {unit.Run} was interrupted; nothing of it was kept");
        if (exit.Code != 0)
        {
            Exception failure = exit.Code == ExitCodes.UserError
                ? new UserInputException(exit.LastError?.Replace("error: ", "", StringComparison.Ordinal) ?? "measure refused its settings")
                : new ChildTrainingException($"measuring {unit.Run} ({unit.Setting}) failed in its child process (exit code {exit.Code}): {exit.LastError ?? "no message"}");
            return (null, failure, clock.Elapsed);
        }
        var results = ClaimResultsJson.Read(file);
        progress.Message($"profile {unit.Run.Profile}, seed {unit.Run.Seed}: {unit.Setting.ToString().ToLowerInvariant()} setting measured in {clock.Elapsed.TotalSeconds:0} s");
        return (results, null, clock.Elapsed);
    }

    private RunOutcome Assemble(ServedRun s, IReadOnlyDictionary<string, (IReadOnlyList<ClaimResult>? Results, Exception? Failure, TimeSpan Time)> measured)
    {
        if (s.Failure is not null) return new RunOutcome(s.Run, null, s.Failure, s.Sources, s.Time, TimeSpan.Zero);
        var parts = new[] { ClaimSetting.Linear, ClaimSetting.Sine }.Select(setting => measured[UnitKey(s.Run, setting)]).ToList();
        var time = TimeSpan.FromTicks(parts.Sum(p => p.Time.Ticks));
        if (parts.FirstOrDefault(p => p.Failure is not null).Failure is { } failure)
            return new RunOutcome(s.Run, null, failure, s.Sources, s.Time, time);
        // A shared measurement was made under another run's name: the numbers are this run's, the labels become its own.
        var claims = parts.SelectMany(p => p.Results!)
            .Select(c => c with { Profile = s.Run.Profile, Seed = s.Run.Seed, ModelSources = s.Sources })
            .OrderBy(c => c.Claim)
            .ToList();
        return new RunOutcome(s.Run, new ProfileOutcome(claims), null, s.Sources, s.Time, time);
    }
}
