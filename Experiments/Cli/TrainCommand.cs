using System.CommandLine;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Cli;

/// <summary><c>train</c>: trains (or resumes) one model of a profile, or all of them, with progress.</summary>
internal static class TrainCommand
{
    public static Command Build(CommonOptions common)
    {
        var model = new Option<string?>("--model") { Description = $"one of: {string.Join(", ", ExperimentProfile.ModelNames)}" };
        var all = new Option<bool>("--all") { Description = "train every model of the profile" };
        var steps = new Option<int?>("--steps") { Description = "override the profile's step count (exploration; changes the model's key)" };
        var batch = new Option<int?>("--batch") { Description = "override the batch size (exploration)" };
        var lr = new Option<double?>("--lr") { Description = "override the peak learning rate (exploration)" };
        var cache = new Option<string>("--cache") { Description = "local model cache", DefaultValueFactory = _ => ".cache/models" };
        var command = new Command("train", "Train one model of a profile (resumes an interrupted training). Extended models are written to the model store.");
        common.AddTo(command);
        command.Options.Add(model);
        command.Options.Add(all);
        command.Options.Add(cache);
        command.Options.Add(steps);
        command.Options.Add(batch);
        command.Options.Add(lr);
        command.SetAction(r => CommandLineApp.Guard(() =>
        {
            var profile = common.ResolveProfile(r);
            var seed = common.ResolveSeed(r);
            var names = r.GetValue(all) ? ExperimentProfile.ModelNames
                : r.GetValue(model) is { } one ? [one]
                : throw new UserInputException("train: give --model NAME or --all.");
            var configs = names.Select(n => profile.Model(n, seed)).ToList();
            if (r.GetValue(steps) is { } s)
            {
                if (s < 1) throw new UserInputException($"--steps: {s} must be at least 1.");
                configs = configs.Select(c => c with { Steps = s }).ToList();
            }
            if (r.GetValue(batch) is { } b)
            {
                if (b < 1) throw new UserInputException($"--batch: {b} must be at least 1.");
                configs = configs.Select(c => c with { Optimiser = c.Optimiser with { Batch = b } }).ToList();
            }
            if (r.GetValue(lr) is { } rate)
            {
                if (!(rate > 0)) throw new UserInputException($"--lr: {rate} must be positive.");
                configs = configs.Select(c => c with { Optimiser = c.Optimiser with { PeakLearningRate = rate } }).ToList();
            }
            var device = common.Initialise(r);
            var progress = new ConsoleProgress();
            var provider = new ModelProvider(Path.GetFullPath(r.GetValue(cache)!), RepositoryLayout.ModelStore, TrainPolicy.Always, progress, device);
            foreach (var config in configs)
            {
                var cacheEntry = provider.CacheEntry(config);
                var (trained, state) = cacheEntry.Exists && cacheEntry.ReadProvenance().Key == ModelKey.Of(config)
                    ? (cacheEntry.Load(config), cacheEntry.ReadProvenance() is var p ? new TrainingState(p.Steps, p.LossLog, p.WallSeconds) : null!)
                    : provider.TrainAndCache(config, cacheEntry);
                using (trained)
                {
                    if (profile.ServedFromStore)
                    {
                        var entry = ModelEntry.Write(provider.StoreEntry(profile.Name, config).Directory, trained, config, state, device.type.ToString());
                        Console.Error.WriteLine($"{config.Name}: store entry written to {entry.Directory}");
                    }
                    Console.WriteLine($"{config.Name}\t{ModelKey.Of(config)}\t{state.Step} steps\t{state.Seconds:0} s\tloss {state.LossLog[^1].Loss:0.0000}");
                }
            }
            return 0;
        }));
        return command;
    }
}
