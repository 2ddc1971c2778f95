using System.CommandLine;
using System.Text.Json;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Files;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Training;
using IclClaims.Figures.Data;

namespace IclClaims.Experiments.Cli;

/// <summary>
/// <c>rerun</c>: re-runs the first steps of a store entry's training, seeded as it was and at its recorded thread
/// count, and writes their loss log: the training-health gate runs it in a child process per configuration.
/// </summary>
internal static class RerunCommand
{
    public static Command Build()
    {
        var entry = new Option<string>("--entry") { Description = "a model store entry's folder (Models/<profile>/seed<S>/<model>)", Required = true };
        var steps = new Option<int>("--steps") { Description = "how many first steps to re-run", DefaultValueFactory = _ => 150 };
        var losses = new Option<string>("--losses") { Description = "the loss log file to write (JSON)", Required = true };
        var command = new Command("rerun", "Re-run the first steps of a stored model's training and write their loss log (the training-health gate).");
        command.Options.Add(entry);
        command.Options.Add(steps);
        command.Options.Add(losses);
        command.SetAction(r => CommandLineApp.Guard(() =>
        {
            var stored = new ModelEntry(Path.GetFullPath(r.GetValue(entry)!));
            if (!stored.Exists) throw new UserInputException($"--entry: {stored.Directory} holds no model store entry ({ModelEntry.ProvenanceFile} missing).");
            var count = r.GetValue(steps);
            if (count < 1) throw new UserInputException($"--steps: {count} is not a positive whole number.");
            var provenance = stored.ReadProvenance();
            TorchRuntime.Initialise(provenance.Threads);
            // A two-stage entry re-runs from its first stage, which the store holds beside it.
            using var start = provenance.Config.StartFrom is { } first ? stored.Sibling(first.Name).Load(first) : null;
            var (model, state) = new Trainer().Train(provenance.Config, checkpoint: null, stopAfter: count, startWeights: start);
            model.Dispose();
            AtomicFile.WriteAllText(r.GetValue(losses)!, JsonSerializer.Serialize(state.LossLog, Json.Options));
            return 0;
        }));
        return command;
    }
}
