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
        var model = new Option<string?>("--model")
        {
            Description = $"one of: {string.Join(", ", ExperimentProfile.ModelNames)}; and {LinearSetting.FirstStageModel} where the profile's mixture starts from a first stage of its own",
        };
        var all = new Option<bool>("--all") { Description = "train every model of the profile" };
        var to = new Option<string?>("--to")
        {
            Description = $"store: write the committed model store (the default for {StoredProfiles}) | cache: write the model cache only (what a test run's trainings do)",
        };
        var overrides = new ConfigOverrides();
        var command = new Command("train",
            $"Train one model of a profile (resumes an interrupted training). {StoredProfiles} models are written to the model store (--to cache keeps them in the cache).");
        common.AddTo(command, cache: true);
        command.Options.Add(model);
        command.Options.Add(all);
        command.Options.Add(to);
        overrides.AddTo(command);
        command.SetAction(r => CommandLineApp.Guard(() =>
        {
            var profile = common.ResolveProfile(r);
            var seed = common.ResolveSeed(r);
            if (r.GetValue(all) && r.GetValue(model) is not null) throw new UserInputException("train: give --model NAME or --all, not both.");
            var names = r.GetValue(all) ? profile.TrainedModels
                : r.GetValue(model) is { } one ? [CommonOptions.ResolveModel(one, "--model", profile)]
                : throw new UserInputException("train: give --model NAME or --all.");
            var configs = names.Select(n => overrides.Apply(r, profile.Model(n, seed))).ToList();
            var cache = common.ResolveCache(r);
            var device = common.Initialise(r);
            var progress = new TrainingProgressDisplay();
            var toStore = Destination(r.GetValue(to), profile);
            // An override makes an exploration model: it stays in the cache, and the store keeps the profile's models.
            if (toStore && overrides.AnyGiven(r))
            {
                toStore = false;
                Console.Error.WriteLine($"exploration overrides given: trained models stay in the cache ({cache}); the model store is left as it is");
            }
            // A store-only profile's trainings outlast a working day: they checkpoint into the repository, where
            // another machine resumes them with the same command.
            var provider = new ModelProvider(cache, RepositoryLayout.ModelStore, TrainPolicy.Always, progress, device, CommandLineApp.Interrupt.Token)
            {
                CheckpointRoot = profile.Home == ModelHome.Store && toStore ? RepositoryLayout.Checkpoints : null,
                MilestoneRoot = profile.KeepsMilestones && toStore ? RepositoryLayout.Milestones : null,
            };
            var pending = configs.Where(c => !toStore || StoreEntryNeedsTraining(provider.StoreEntry(profile.Name, c), c)).ToList();
            if (toStore && TrainsInChildren(device.type, r.GetValue(common.Threads), pending.Count))
            {
                Console.Error.WriteLine($"training {string.Join(", ", pending.Select(c => c.Name))} in child processes, one thread each, at most two at a time");
                ChildTrainings.Run(profile.Name, pending, cache, progress, CommandLineApp.Interrupt.Token, toStore: true);
                return 0;
            }
            foreach (var config in pending)
            {
                var (trained, state) = progress.Run(() => provider.TrainOrReuseCache(profile.Name, config));
                if (CommandLineApp.Interrupt.IsCancellationRequested)
                {
                    trained.Dispose();
                    CommandLineApp.StopIfInterrupted();
                }
                using (trained)
                {
                    if (toStore)
                    {
                        var store = provider.StoreEntry(profile.Name, config).Directory;
                        // A full disk: the trained model is in the cache (or its checkpoint kept), so the same command writes the entry later.
                        if (ModelEntry.TryWrite(store, trained, config, state, device.type.ToString()) is { } failure)
                            throw new UserInputException($"{config.Name}: trained, but the store entry {store} could not be written ({failure}); free space there and run the same command again (it takes the model from the cache).");
                        Console.Error.WriteLine($"{config.Name}: store entry written to {store}");
                    }
                    Console.WriteLine($"{config.Name}\t{ModelKey.Of(config)}\t{state.Step} steps\t{state.Seconds:0} s\tloss {state.LossLog[^1].Loss:0.0000}");
                }
            }
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// Whether store trainings run in child processes. On the CPU they run at one thread each, however many are
    /// pending: a training at two threads beside another one collapses, and one thread is bit-for-bit repeatable on
    /// one processor. At the default thread count they run in children, two at a time, each writing its own entry, so a
    /// long profile continues with one command; given --threads 1, a single one trains in this process, as each child does.
    /// </summary>
    internal static bool TrainsInChildren(TorchSharp.DeviceType device, int threads, int pending) =>
        device == TorchSharp.DeviceType.CPU && (threads == 0 ? pending > 0 : threads == 1 && pending > 1);

    /// <summary>Whether the trained models go into the committed store (<c>--to store</c>) or only the cache.</summary>
    private static string StoredProfiles => string.Join(", ", Enum.GetValues<ProfileName>().Where(p => Profiles.Get(p).Stored));

    private static bool Destination(string? to, ExperimentProfile profile) => to?.ToLowerInvariant() switch
    {
        null => profile.Stored,
        "cache" => false,
        "store" when profile.Stored => true,
        "store" => throw new UserInputException($"--to store: the model store keeps no {profile.Name} models (profiles with a store: {StoredProfiles})."),
        var other => throw new UserInputException($"--to: '{other}' is not allowed. Allowed values: store, cache."),
    };

    /// <summary>
    /// A store entry that already holds this configuration intact is kept (retraining it would take hours to reproduce
    /// the same weights); one that holds another configuration or seed is named before it is replaced.
    /// </summary>
    private static bool StoreEntryNeedsTraining(ModelEntry store, TrainingConfig config)
    {
        if (!store.Exists) return true;
        var key = ModelKey.Of(config);
        try
        {
            var recorded = store.ReadProvenance();
            if (recorded.Key != key)
            {
                Console.Error.WriteLine($"{config.Name}: the store entry {store.Directory} holds another configuration (key {recorded.Key}, seed {recorded.Config.Seed}); training key {key}, seed {config.Seed}, replaces it");
                return true;
            }
            using var current = store.Load(config);
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"{config.Name}: the store entry {store.Directory} is unusable and will be replaced ({e.Message})");
            return true;
        }
        Console.Error.WriteLine($"{config.Name}: the store entry {store.Directory} is current (key {key}, seed {config.Seed}); nothing to train (delete it to retrain)");
        return false;
    }
}
