using System.CommandLine;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Store;

namespace IclClaims.Experiments.Cli;

/// <summary>
/// <c>measure</c>: the claims of one setting of a profile at one seed, from models the cache or the store already
/// holds, written as a claim results file. What a test run or <c>reproduce</c> runs in each of its child processes.
/// </summary>
internal static class MeasureCommand
{
    public static Command Build(CommonOptions common)
    {
        var setting = new Option<string>("--setting") { Description = "linear: claims 1-3 | sine: claims 4-6", Required = true };
        var results = new Option<string>("--results") { Description = "the claim results file to write (JSON)", Required = true };
        var command = new Command("measure", "Measure the claims of one setting of a profile from trained models (cache or store; never trains) into a results file.");
        common.AddTo(command, cache: true, prompts: true);
        command.Options.Add(setting);
        command.Options.Add(results);
        command.SetAction(r => CommandLineApp.Guard(() =>
        {
            var profile = common.ResolveProfile(r);
            var seed = common.ResolveSeed(r);
            var promptSeed = common.ResolvePromptSeed(r);
            var which = r.GetValue(setting)!.ToLowerInvariant() switch
            {
                "linear" => ClaimSetting.Linear,
                "sine" => ClaimSetting.Sine,
                var other => throw new UserInputException($"--setting: '{other}' is not allowed. Allowed values: linear, sine."),
            };
            var path = r.GetValue(results)!;
            var cache = common.ResolveCache(r);
            var device = common.Initialise(r);
            var progress = new TrainingProgressDisplay();
            var provider = new ModelProvider(cache, RepositoryLayout.ModelStore, TrainPolicy.Store, progress, device, CommandLineApp.Interrupt.Token);
            var names = ModelSet.ModelsOf(which);
            var missing = names.Where(n => provider.ServableFrom(profile.Name, profile.Model(n, seed)) is null).ToList();
            if (missing.Count > 0)
                throw new UserInputException(
                    $"measure never trains: neither the cache ({cache}) nor the model store holds {string.Join(", ", missing)} of {profile.Name} at seed {seed}; " +
                    $"train first with: {RegenerateCommand.For(profile.Name, null, seed)}");
            using var models = ModelSet.Load(profile, seed, provider, names);
            var measured = ClaimsRunner.RunSetting(models, which, promptSeed);
            if (CommandLineApp.Interrupt.IsCancellationRequested)
            {
                Console.Error.WriteLine("interrupted: nothing written; measure again to get the results");
                return CommandLineApp.Interrupted;
            }
            ClaimResultsJson.Write(path, measured);
            Console.Error.WriteLine($"measured {profile.Name} seed {seed}, {which} setting: claims {string.Join(", ", measured.Select(c => c.Claim))} -> {path}");
            return 0;
        }));
        return command;
    }
}
