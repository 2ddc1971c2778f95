using System.CommandLine;
using System.Runtime.InteropServices;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Cli;

/// <summary>The main job's command line: reproduce, train, curve, bench.</summary>
public static class CommandLineApp
{
    public const int UserError = Processes.ExitCodes.UserError;

    /// <summary>The shell's code for a run ended by Ctrl+C (128 + SIGINT).</summary>
    public const int Interrupted = Processes.ExitCodes.Interrupted;

    /// <summary>Signalled by the first Ctrl+C or SIGTERM: trainings checkpoint and stop; a second one ends the process at once.</summary>
    internal static CancellationTokenSource Interrupt { get; } = new();

    // A training started in the background (nohup, `&`) ignores SIGINT, so `kill` is how it is stopped: treated as Ctrl+C.
    private static PosixSignalRegistration? _terminate;

    private static string[] _args = [];

    public static async Task<int> RunAsync(string[] args)
    {
        _args = args;
        Console.CancelKeyPress += (_, e) =>
        {
            if (Interrupt.IsCancellationRequested) return;
            e.Cancel = true;
            Interrupt.Cancel();
            Console.Error.WriteLine("interrupt: writing a checkpoint at the next logged step (Ctrl+C again to stop at once)");
        };
        _terminate ??= PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            if (Interrupt.IsCancellationRequested) return;
            context.Cancel = true;
            Interrupt.Cancel();
            Console.Error.WriteLine("terminate: writing a checkpoint at the next logged step (send it again to stop at once)");
        });
        var common = new CommonOptions();
        var root = new RootCommand("IclClaims: reproduce the claims of Yadlowsky et al. (2023) on in-context model selection.");
        root.Subcommands.Add(TrainCommand.Build(common));
        root.Subcommands.Add(CurveCommand.Build(common));
        // The main job verifies what the default test run verifies: both scales.
        root.Subcommands.Add(ReproduceCommand.Build(new CommonOptions(defaultProfile: SuiteSettings.DefaultProfiles)));
        root.Subcommands.Add(BenchCommand.Build(common));
        root.Subcommands.Add(MeasureCommand.Build(common));
        root.Subcommands.Add(RerunCommand.Build());
        root.Subcommands.Add(MilestonesCommand.Build(common));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // An unknown word yields "unrecognized" and "required command" errors: the one naming the word comes first.
            var error = parsed.Errors.OrderByDescending(e => e.Message.Contains('\'', StringComparison.Ordinal)).First();
            await Console.Error.WriteLineAsync($"error: {error.Message} (see --help)").ConfigureAwait(false);
            return UserError;
        }
        return await parsed.InvokeAsync().ConfigureAwait(false);
    }

    /// <summary>Runs a command body; a user's mistake becomes one line on standard error and exit code 2.</summary>
    internal static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UserInputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return UserError;
        }
        catch (TrainingInterruptedException e)
        {
            Console.Error.WriteLine($"interrupted: {e.Message}; resume with: dotnet run --project Experiments -c Release -- {string.Join(' ', _args)}");
            return Interrupted;
        }
    }
}
