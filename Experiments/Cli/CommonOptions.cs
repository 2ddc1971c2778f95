using System.CommandLine;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Runtime;

namespace IclClaims.Experiments.Cli;

/// <summary>Options every command takes.</summary>
internal sealed class CommonOptions(string defaultProfile = "Ci")
{
    public Option<string> Profile { get; } = new("--profile") { Description = ProfileNames, DefaultValueFactory = _ => defaultProfile };
    public Option<int> Seed { get; } = new("--seed") { Description = "seed of initialisation, training data and test prompts", DefaultValueFactory = _ => SuiteSettings.DefaultSeed };
    /// <summary>Every profile name, as the options list them (from the enum, so a new profile is never left out).</summary>
    public static string ProfileNames { get; } = string.Join(" | ", Enum.GetNames<ProfileName>());

    public Option<int?> PromptSeed { get; } = new("--prompt-seed") { Description = "seed of the test prompts (default: --seed); another checks the claims on held-out prompts" };
    public Option<string> Device { get; } = new("--device") { Description = "cpu | cuda | auto", DefaultValueFactory = _ => "cpu" };
    public Option<string> Out { get; } = new("--out") { Description = "output folder of figures and report", DefaultValueFactory = _ => "out" };
    // No default value factory: a bad ICLCLAIMS_CACHE would throw while parsing, outside CommandLineApp.Guard.
    public Option<string?> Cache { get; } = new("--cache")
    {
        Description = $"local model cache (default: ICLCLAIMS_CACHE, else {SuiteSettings.DefaultCache} in the repository)",
    };
    public Option<int> Threads { get; } = new("--threads") { Description = "torch threads (0: one per core)", DefaultValueFactory = _ => 0 };

    /// <summary>Adds the options every command takes, and <c>--out</c> / <c>--cache</c> to the commands that write there.</summary>
    public void AddTo(Command command, bool output = false, bool cache = false, bool prompts = false)
    {
        foreach (var o in new Option[] { Profile, Seed, Device, Threads }) command.Options.Add(o);
        if (prompts) command.Options.Add(PromptSeed);
        if (output) command.Options.Add(Out);
        if (cache) command.Options.Add(Cache);
    }

    public ExperimentProfile ResolveProfile(ParseResult r) => Profiles.Get(SuiteSettings.ParseProfile(r.GetValue(Profile)!, "--profile"));

    public int? ResolvePromptSeed(ParseResult r) => r.GetValue(PromptSeed) is { } s
        ? s >= 0 ? s : throw new UserInputException($"--prompt-seed: {s} is negative; give a non-negative whole number.")
        : null;

    public int ResolveSeed(ParseResult r)
    {
        var s = r.GetValue(Seed);
        return s >= 0 ? s : throw new UserInputException($"--seed: {s} is negative; give a non-negative whole number.");
    }

    /// <summary>The model cache, checked writable before any work starts.</summary>
    public string ResolveCache(ParseResult r) => WritableFolder.Ensure(CacheValue(r), "--cache");

    /// <summary>
    /// The output folder and the model cache, both checked writable before any work starts; when one of them is not,
    /// the folder the other check created is removed again, so a refused run leaves nothing behind.
    /// </summary>
    public (string Out, string Cache) ResolveOutAndCache(ParseResult r)
    {
        var folders = WritableFolder.EnsureAll([(FolderValue(r.GetValue(Out)!, Out.Name), "--out"), (CacheValue(r), "--cache")]);
        return (folders[0], folders[1]);
    }

    /// <summary>
    /// A folder option's value. One that starts with '-' is another option the shell passed as the value of this one
    /// (<c>--out --seed 2</c>), not a folder anyone means: refused rather than created.
    /// </summary>
    private static string FolderValue(string value, string option) =>
        value.StartsWith('-')
            ? throw new UserInputException($"{option}: '{value}' is an option, not a folder: give {option} a folder (write ./{value} for a folder of that name).")
            : value;

    private string CacheValue(ParseResult r) => r.GetValue(Cache) is { } given ? FolderValue(given, Cache.Name) : SuiteSettings.CacheFromEnvironment();

    /// <summary>More torch threads than this is a typo: beyond the core count they only contend.</summary>
    public static int MaxThreads => 4 * Environment.ProcessorCount;

    /// <summary>A model name of the profile, whatever its case.</summary>
    public static string ResolveModel(string name, string option, ExperimentProfile profile) =>
        profile.TrainedModels.FirstOrDefault(m => string.Equals(m, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UserInputException($"{option}: unknown model '{name}' at profile {profile.Name}. Allowed values: {string.Join(", ", profile.TrainedModels)}.");

    public TorchSharp.torch.Device Initialise(ParseResult r)
    {
        var threads = r.GetValue(Threads);
        if (threads < 0) throw new UserInputException($"--threads: {threads} is negative.");
        if (threads > MaxThreads)
            throw new UserInputException($"--threads: {threads} is more than 4 per core ({Environment.ProcessorCount} cores here); give at most {MaxThreads}, or 0 for one per core.");
        TorchRuntime.Initialise(threads);
        return TorchRuntime.ResolveDevice(r.GetValue(Device)!);
    }
}
