using System.CommandLine;
using System.Runtime.InteropServices;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Cli;

/// <summary>The main job's command line: reproduce, train, curve, bench.</summary>
public static class CommandLineApp
{
    public const int UserError = Runtime.ExitCodes.UserError;

    /// <summary>The shell's code for a run ended by Ctrl+C (128 + SIGINT).</summary>
    public const int Interrupted = Runtime.ExitCodes.Interrupted;

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
            OnInterrupt("interrupt", "Ctrl+C");
        };
        _terminate ??= PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            if (Interrupt.IsCancellationRequested) return;
            context.Cancel = true;
            OnInterrupt("terminate", "send it");
        });
        // A child of a test run or of reproduce: when its parent is gone, it stops as if sent SIGTERM.
        Runtime.ParentWatch.Start(() =>
        {
            if (!Interrupt.IsCancellationRequested) OnInterrupt("parent process gone", "send SIGTERM");
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

    /// <summary>
    /// The first interrupt: a running training checkpoints at its next logged step and stops (Guard then exits 130).
    /// Outside a training there is nothing to checkpoint, and measuring on would ignore the request: the process
    /// stops at once with 130. Files are written under temporary names and moved into place, so none is left half-written.
    /// </summary>
    private static void OnInterrupt(string what, string again)
    {
        Interrupt.Cancel();
        if (ActiveTrainings.Count > 0)
        {
            Console.Error.WriteLine($"{what}: writing a checkpoint at the next logged step ({again} again to stop at once)");
            return;
        }
        Console.Error.WriteLine($"interrupted: no training was running, so there is nothing to checkpoint; trained models are cached. Run again with: {ResumeCommand}");
        Console.Out.Flush();
        ImmediateExit.Now(Interrupted);
    }

    private static string ResumeCommand => $"dotnet run --project Experiments -c Release -- {string.Join(' ', _args)}";

    /// <summary>
    /// Stops with <see cref="TrainingInterruptedException"/>'s exit code when an interrupt arrived during trainings that
    /// all finished before seeing it: the request still stands once they are cached.
    /// </summary>
    internal static void StopIfInterrupted()
    {
        if (Interrupt.IsCancellationRequested) throw new InterruptedAfterTrainingException();
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
            Console.Error.WriteLine($"interrupted: {e.Message}; resume with: {ResumeCommand}");
            return Interrupted;
        }
        catch (InterruptedAfterTrainingException)
        {
            Console.Error.WriteLine($"interrupted: the trainings finished and are cached; run again with: {ResumeCommand}");
            return Interrupted;
        }
    }
}

/// <summary>An interrupt that arrived while trainings were finishing: honoured once they are cached.</summary>
internal sealed class InterruptedAfterTrainingException() : OperationCanceledException("interrupted after the trainings finished");
