using System.CommandLine;
using IclClaims.Experiments.Configuration;

namespace IclClaims.Experiments.Cli;

/// <summary>Options every command takes.</summary>
internal sealed class CommonOptions(string defaultProfile = "Ci")
{
    public Option<string> Profile { get; } = new("--profile") { Description = "Smoke | Ci | Extended | Paper", DefaultValueFactory = _ => defaultProfile };
    public Option<int> Seed { get; } = new("--seed") { Description = "seed of initialisation, training data and test prompts", DefaultValueFactory = _ => SuiteSettings.DefaultSeed };
    public Option<string> Device { get; } = new("--device") { Description = "cpu | cuda | auto", DefaultValueFactory = _ => "cpu" };
    public Option<string> Out { get; } = new("--out") { Description = "output folder", DefaultValueFactory = _ => "out" };
    public Option<int> Threads { get; } = new("--threads") { Description = "torch threads (0: one per core)", DefaultValueFactory = _ => 0 };

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { Profile, Seed, Device, Out, Threads }) command.Options.Add(o);
    }

    public ExperimentProfile ResolveProfile(ParseResult r) => Profiles.Get(SuiteSettings.ParseProfile(r.GetValue(Profile)!, "--profile"));

    public int ResolveSeed(ParseResult r)
    {
        var s = r.GetValue(Seed);
        return s >= 0 ? s : throw new UserInputException($"--seed: {s} is negative; give a non-negative whole number.");
    }

    public string ResolveOut(ParseResult r) => Path.GetFullPath(r.GetValue(Out)!);

    public TorchSharp.torch.Device Initialise(ParseResult r)
    {
        var threads = r.GetValue(Threads);
        if (threads < 0) throw new UserInputException($"--threads: {threads} is negative.");
        TorchRuntime.Initialise(threads);
        return TorchRuntime.ResolveDevice(r.GetValue(Device)!);
    }
}
