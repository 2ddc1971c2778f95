namespace IclClaims.Experiments.Cli;

public static class CommandLineApp
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(0);
}
