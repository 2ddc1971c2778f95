using System.CommandLine;
using IclClaims.Experiments.Configuration;

namespace IclClaims.Experiments.Cli;

/// <summary>The main job's command line: reproduce, train, curve, bench.</summary>
public static class CommandLineApp
{
    public const int UserError = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        var common = new CommonOptions();
        var root = new RootCommand("IclClaims: reproduce the claims of Yadlowsky et al. (2023) on in-context model selection.");
        root.Subcommands.Add(TrainCommand.Build(common));
        root.Subcommands.Add(CurveCommand.Build(common));
        // The main job verifies what the default test run verifies: both scales.
        root.Subcommands.Add(ReproduceCommand.Build(new CommonOptions(defaultProfile: SuiteSettings.DefaultProfiles)));
        root.Subcommands.Add(BenchCommand.Build(common));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await Console.Error.WriteLineAsync($"error: {parsed.Errors[0].Message} (see --help)").ConfigureAwait(false);
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
    }
}
