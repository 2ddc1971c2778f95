using System.CommandLine;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Reporting;
using IclClaims.Experiments.Store;

namespace IclClaims.Experiments.Cli;

/// <summary>
/// <c>reproduce</c>: verify every (profile, seed) run the test run verifies (<see cref="VerificationPlan"/>), through the
/// same <see cref="PlanVerifier"/>, and write figures and the report.
/// </summary>
internal static class ReproduceCommand
{
    public static Command Build(CommonOptions common)
    {
        var train = new Option<string>("--train") { Description = "store: cache, then model store, then train | always: train every model", DefaultValueFactory = _ => "store" };
        var command = new Command("reproduce",
            "Reproduce every claim of the profile(s) at every stored seed (or the --seed given): models, measurements, figures and report. Exit code 0 only if every claim holds.");
        common.AddTo(command, output: true, cache: true, prompts: true);
        common.Profile.Description = $"profiles to reproduce, comma-separated: {CommonOptions.ProfileNames}";
        common.Seed.Description = "verify this seed (training it where the profile trains in a run); default: every seed the store holds, and seed 1 for a profile it holds none of";
        command.Options.Add(train);
        command.SetAction(r => CommandLineApp.Guard(() =>
        {
            var profiles = SuiteSettings.ParseProfiles(r.GetValue(common.Profile)!, "--profile");
            var seed = common.ResolveSeed(r);
            var (output, cache) = common.ResolveOutAndCache(r);
            var settings = new SuiteSettings(
                profiles,
                [seed],
                r.GetValue(common.Threads),
                cache,
                output,
                SuiteSettings.ParseTrain(r.GetValue(train), "--train"),
                AcceptSnapshots: false,
                ProfilesGiven: r.GetResult(common.Profile) is { Implicit: false },
                SeedsGiven: r.GetResult(common.Seed) is { Implicit: false },
                PromptSeed: common.ResolvePromptSeed(r));
            var plan = VerificationPlan.For(settings, RepositoryLayout.ModelStore);
            foreach (var line in plan.Unstored) Console.Error.WriteLine(line);
            var device = common.Initialise(r);
            var progress = new TrainingProgressDisplay();
            var provider = new ModelProvider(settings.CacheDirectory, RepositoryLayout.ModelStore, settings.Train, progress, device, CommandLineApp.Interrupt.Token);
            Console.Error.WriteLine($"== verifying {string.Join(", ", plan.Runs)}");
            var outcomes = progress.Run(() => new PlanVerifier(provider, settings.CacheDirectory, settings.PromptSeed, progress, CommandLineApp.Interrupt.Token).Verify(plan.Runs));
            var failure = outcomes.FirstOrDefault(o => o.Failure is not null);
            foreach (var o in outcomes.Where(o => o.Outcome is not null)) VerdictTable.Write(o.Outcome!);
            var measured = outcomes.Where(o => o.Outcome is not null).Select(o => o.Outcome!).ToList();
            if (measured.Count > 0) Console.WriteLine($"report: {WriteReport(measured, settings.OutputDirectory).HtmlPath}");
            if (failure is not null)
            {
                if (failure.Failure is UserInputException) throw new UserInputException($"{failure.Run}: {failure.Failure.Message}");
                Console.Error.WriteLine($"error: {failure.Run}: {failure.Failure!.Message}");
                return 1;
            }
            return ClaimVerdicts.AllAssertedHold(measured.SelectMany(o => o.Claims)) ? 0 : 1;
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
