using System.CommandLine;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Reporting;
using IclClaims.Experiments.Store;

namespace IclClaims.Experiments.Cli;

/// <summary><c>reproduce</c>: serve every model of the profiles, measure every claim, write figures and the report.</summary>
internal static class ReproduceCommand
{
    public static Command Build(CommonOptions common)
    {
        var train = new Option<string>("--train") { Description = "store: cache, then model store, then train | always: train every model", DefaultValueFactory = _ => "store" };
        var command = new Command("reproduce", "Reproduce every claim of the profile(s): models, measurements, figures and report. Exit code 0 only if every claim holds.");
        common.AddTo(command, output: true, cache: true, prompts: true);
        common.Profile.Description = "profiles to reproduce, comma-separated: Smoke | Ci | Extended | Paper";
        command.Options.Add(train);
        command.SetAction(r => CommandLineApp.Guard(() =>
        {
            var profiles = SuiteSettings.ParseProfiles(r.GetValue(common.Profile)!, "--profile").Select(Profiles.Get).ToList();
            var seed = common.ResolveSeed(r);
            var promptSeed = common.ResolvePromptSeed(r);
            var (output, cache) = common.ResolveOutAndCache(r);
            var policy = r.GetValue(train)!.ToLowerInvariant() switch
            {
                "store" => TrainPolicy.Store,
                "always" => TrainPolicy.Always,
                var other => throw new UserInputException($"--train: '{other}' is not allowed. Allowed values: store, always."),
            };
            var threads = r.GetValue(common.Threads);
            var device = common.Initialise(r);
            var progress = new TrainingProgressDisplay();
            var provider = new ModelProvider(cache, RepositoryLayout.ModelStore, policy, progress, device, CommandLineApp.Interrupt.Token);

            var outcomes = new List<ProfileOutcome>();
            foreach (var profile in profiles)
            {
                Console.Error.WriteLine($"== profile {profile.Name}, seed {seed}");
                using var models = progress.Run(() => ModelSet.Load(profile, seed, provider, threads));
                CommandLineApp.StopIfInterrupted();
                foreach (var (name, source) in models.Sources) Console.Error.WriteLine($"model {name}: {source}");
                var outcome = ClaimsRunner.Run(models, promptSeed);
                outcomes.Add(outcome);
                VerdictTable.Write(outcome);
            }
            var report = WriteReport(outcomes, output);
            Console.WriteLine($"report: {report.HtmlPath}");
            return ClaimVerdicts.AllAssertedHold(outcomes.SelectMany(o => o.Claims)) ? 0 : 1;
        }));
        return command;
    }

    /// <summary>
    /// Figures and report; a folder that was writable at the start and fills up (or is removed) by the end is named
    /// in one line. Every file is written under a temporary name and moved into place, so none is left half-written.
    /// </summary>
    private static ReportFiles WriteReport(IReadOnlyList<ProfileOutcome> outcomes, string output)
    {
        try
        {
            return ClaimsReportWriter.Write(outcomes, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"--out: the figures and report could not be written under {output} ({e.Message}); free space there or choose another --out, then run again (trained models are cached).");
        }
    }
}
