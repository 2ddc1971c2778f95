using System.Text.Json;
using FluentAssertions;
using IclClaims.Claims.Tests.Store;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Cli;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Store;

namespace IclClaims.Claims.Tests.Cli;

/// <summary>The command line: a user's mistake is one line and exit code 2; curve --format json prints only JSON.</summary>
[Collection(ConsoleCollection.Name)]
public class CommandLineTests
{
    private static async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = await CommandLineApp.RunAsync(args);
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    public static TheoryData<string, string[]> Mistakes => new()
    {
        { "unknown profile", ["curve", "--profile", "Huge", "--task", "dense", "--predictor", "least-squares"] },
        { "unknown task", ["curve", "--task", "cubic", "--predictor", "least-squares"] },
        { "unknown predictor", ["curve", "--task", "dense", "--predictor", "oracle-of-delphi", "--threads", "1"] },
        { "sparsity", ["curve", "--task", "sparse", "--dim", "3", "--sparsity", "5", "--predictor", "lasso"] },
        { "prompts", ["curve", "--task", "dense", "--predictor", "least-squares", "--prompts", "-5"] },
        { "unknown option", ["curve", "--task", "dense", "--predictor", "least-squares", "--bogus", "1"] },
        { "train model", ["train", "--model", "enormous"] },
        { "first stage where there is none", ["train", "--profile", "Smoke", "--model", "sparse-first-stage"] },
        { "format", ["curve", "--task", "dense", "--predictor", "least-squares", "--format", "xml"] },
        { "bench steps", ["bench", "--steps", "0"] },
        { "bench profile", ["bench", "--profile", "Huge"] },
        { "bench threads", ["bench", "--threads", "-1"] },
        { "unknown command names the word", ["frobnicate"] },
        { "infinite rate", ["train", "--profile", "Smoke", "--model", "dense", "--lr", "Infinity"] },
        { "overflowing rate", ["train", "--profile", "Smoke", "--model", "dense", "--lr", "1e400"] },
        { "rate out of range", ["curve", "--profile", "Smoke", "--task", "dense", "--predictor", "dense", "--lr", "1e6"] },
        { "infinite frequency", ["curve", "--task", "sine", "--predictor", "sine-oracle", "--omega", "Infinity"] },
        { "sinusoid fit on dense tasks", ["curve", "--task", "dense", "--predictor", "sine-oracle"] },
        { "family fit on the dense/sparse mixture", ["curve", "--task", "mixture", "--predictor", "family-fit"] },
        { "sparse Bayes on sinusoids", ["curve", "--task", "sine", "--predictor", "bayes-sparse"] },
        { "linear oracle on sinusoids", ["curve", "--task", "sine", "--predictor", "oracle-least-squares"] },
        { "too many prompts", ["curve", "--task", "sparse", "--predictor", "least-squares", "--prompts", "2000000000"] },
        { "too large a dimension", ["curve", "--task", "sparse", "--predictor", "least-squares", "--prompts", "2", "--dim", "100000"] },
        { "too many supports", ["curve", "--task", "sparse", "--dim", "30", "--sparsity", "6", "--predictor", "bayes"] },
        { "model beside --all", ["train", "--profile", "Smoke", "--model", "dense", "--all"] },
        { "--out on train", ["train", "--profile", "Smoke", "--model", "dense", "--out", "x"] },
        { "--out on curve", ["curve", "--task", "dense", "--predictor", "zero", "--out", "/etc/passwd"] },
        { "--out on bench", ["bench", "--out", "x"] },
        { "unwritable output", ["reproduce", "--profile", "Smoke", "--out", "/proc/iclclaims"] },
        { "output is a file", ["reproduce", "--profile", "Smoke", "--out", "/etc/passwd"] },
        { "unwritable cache", ["train", "--profile", "Smoke", "--model", "dense", "--cache", "/proc/iclclaims"] },
        { "cache is a file", ["curve", "--profile", "Smoke", "--task", "dense", "--predictor", "dense", "--cache", "/etc/passwd"] },
        { "profile list on train", ["train", "--profile", "Ci,Extended", "--model", "dense"] },
        { "profile list on curve", ["curve", "--profile", "Smoke,Ci", "--task", "dense", "--predictor", "zero"] },
        { "profile list on bench", ["bench", "--profile", "Smoke,Ci"] },
        { "profile list of one with a trailing comma", ["train", "--profile", "Smoke,", "--model", "dense"] },
        { "profile given as a number", ["train", "--profile", "3", "--model", "dense"] },
        { "huge batch", ["train", "--profile", "Smoke", "--model", "dense", "--batch", "2000000000"] },
        { "huge batch on curve", ["curve", "--profile", "Smoke", "--task", "dense", "--predictor", "dense", "--batch", "2000000000"] },
        { "huge bench prompts", ["bench", "--prompts", "2000000000"] },
        { "threads far above the cores", ["bench", "--threads", "1000"] },
        { "threads far above the cores on curve", ["curve", "--task", "dense", "--predictor", "zero", "--threads", "1000"] },
        { "an option as the output folder", ["reproduce", "--profile", "Smoke", "--out", "--seed"] },
        { "an option as the cache", ["train", "--profile", "Smoke", "--model", "dense", "--cache", "-x"] },
        { "a cache path too long for the files under it", ["train", "--profile", "Smoke", "--model", "dense", "--cache", LongPath] },
    };

    /// <summary>A path of valid components, each under the 255-byte name limit, whose length leaves no room for the files under it.</summary>
    private static string LongPath => Path.Combine(Path.GetTempPath(), string.Join('/', Enumerable.Repeat(new string('p', 200), 20)));

    [Theory]
    [InlineData("train", "--model", "dense")]
    [InlineData("curve", "--task", "dense", "--predictor", "zero")]
    [InlineData("bench")]
    public async Task A_profile_list_is_refused_by_a_single_profile_command_naming_the_one_that_takes_a_list(params string[] args)
    {
        var (code, _, stderr) = await Run([.. args, "--profile", "Ci,Extended"]);

        code.Should().Be(CommandLineApp.UserError);
        stderr.Should().Contain("--profile: 'Ci,Extended' is a list").And.Contain("reproduce");
    }

    [Fact]
    public async Task A_refused_cache_leaves_no_output_folder_behind()
    {
        using var dir = new ScratchDirectory();
        var output = Path.Combine(dir.Sub("new"), "out");

        var (code, _, stderr) = await Run("reproduce", "--profile", "Smoke", "--out", output, "--cache", "/proc/iclclaims");

        code.Should().Be(CommandLineApp.UserError);
        stderr.Should().Contain("--cache");
        Directory.Exists(dir.Sub("new")).Should().BeFalse("the run was refused before any work, so the folders it created are removed");
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\t")]
    public void A_blank_cache_variable_is_refused_rather_than_making_the_repository_root_the_cache(string value)
    {
        var act = () => SuiteSettings.CacheFrom(value.Replace("\\t", "\t", StringComparison.Ordinal));

        act.Should().Throw<UserInputException>().Which.Message.Should().Contain(SuiteSettings.CacheVariable);
        SuiteSettings.CacheFrom(null).Should().Be(Path.Combine(RepositoryLayout.Root, ".cache", "models"));
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_mistake_exits_with_2_and_one_line_without_a_stack_trace(string what, string[] args)
    {
        var (code, stdout, stderr) = await Run(args);
        TestContext.Current.TestOutputHelper?.WriteLine($"{what}: {stderr}");

        code.Should().Be(CommandLineApp.UserError);
        stdout.Should().BeEmpty();
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().ContainSingle().Which.Should().StartWith("error: ");
        stderr.Should().NotContain("   at ").And.NotContain("Exception");
    }

    [Fact]
    public async Task Another_prompt_seed_draws_other_test_prompts()
    {
        string[] args = ["curve", "--task", "dense", "--dim", "3", "--predictor", "least-squares", "--prompts", "50", "--threads", "1", "--format", "json"];
        var (_, same, _) = await Run(args);
        var (_, again, _) = await Run([.. args, "--prompt-seed", "1"]);
        var (code, other, stderr) = await Run([.. args, "--prompt-seed", "77"]);
        code.Should().Be(0, stderr);
        again.Should().Be(same, "by default the prompts' seed is --seed (1)");
        other.Should().NotBe(same);
    }

    [Fact]
    public async Task Model_names_are_read_whatever_their_case()
    {
        using var dir = new ScratchDirectory();
        var (code, _, stderr) = await Run("train", "--profile", "Smoke", "--model", "DENSE", "--steps", "2", "--threads", "1", "--cache", dir.Sub("cache"));
        code.Should().Be(0, stderr);
    }

    [Fact]
    public async Task Reproduce_at_Smoke_asserts_nothing_and_exits_0_when_the_pipeline_ran()
    {
        using var dir = new ScratchDirectory();
        var (code, stdout, stderr) = await Run("reproduce", "--profile", "Smoke", "--threads", "1", "--cache", dir.Sub("cache"), "--out", dir.Sub("out"));
        code.Should().Be(0, stderr);
        stdout.Should().Contain("NOT ASSERTED").And.NotContain("FAILS").And.NotContain("HOLDS");
    }

    [Fact]
    public async Task A_curve_of_a_store_served_model_with_an_override_says_the_override_changed_the_key_and_how_to_train_it()
    {
        using var dir = new ScratchDirectory();

        var (code, stdout, stderr) = await Run("curve", "--profile", "Extended", "--task", "dense", "--predictor", "dense", "--steps", "10",
            "--prompts", "8", "--threads", "1", "--cache", dir.Sub("cache"));

        code.Should().Be(CommandLineApp.UserError);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("error: --steps 10: changes the 'dense' model's key")
            .And.Contain("train --profile Extended --model dense --seed 1 --steps 10").And.NotContain("corrupt");
    }

    [Fact]
    public async Task Reproduce_whose_output_cannot_be_written_at_the_end_says_so_in_one_line_and_exits_2()
    {
        using var dir = new ScratchDirectory();
        var output = dir.Sub("out");
        Directory.CreateDirectory(output);
        // Writable at the start; the profile's figure folder is taken by a file, so writing the figures fails at the end.
        File.WriteAllText(Path.Combine(output, "Smoke"), "");

        var (code, stdout, stderr) = await Run("reproduce", "--profile", "Smoke", "--threads", "1", "--cache", dir.Sub("cache"), "--out", output);

        code.Should().Be(CommandLineApp.UserError, stderr);
        stdout.Should().NotContain("report:");
        stderr.Split('\n').Should().ContainSingle(l => l.StartsWith("error: ", StringComparison.Ordinal))
            .Which.Should().Contain("--out: the figures and report could not be written").And.Contain(output);
        stderr.Should().NotContain("   at ");
    }

    [Fact]
    public async Task Training_a_store_served_model_whose_store_entry_is_current_keeps_the_entry_and_trains_nothing()
    {
        // Only against a current entry: a missing or stale one would start an hour-long training (ModelStoreTests reports those).
        var entry = StoreEntries.Of(ProfileName.Extended, 1, ExperimentProfile.SparseModel);
        var config = Profiles.Extended.Model(ExperimentProfile.SparseModel, 1);
        if (!entry.Exists || entry.ReadProvenance().Key != ModelKey.Of(config)) Assert.Skip("no current Extended sparse entry in the store");
        var cache = Directory.CreateTempSubdirectory("iclclaims-train-").FullName;
        try
        {
            var (code, stdout, stderr) = await Run("train", "--profile", "Extended", "--model", "sparse", "--threads", "1", "--cache", cache);

            code.Should().Be(0);
            stdout.Should().BeEmpty("nothing was trained");
            stderr.Should().Contain("sparse: the store entry").And.Contain("is current").And.Contain("nothing to train");
            Directory.EnumerateFileSystemEntries(cache).Should().BeEmpty("nothing was trained");
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public async Task A_store_served_model_trained_with_an_override_stays_in_the_cache_and_leaves_the_store_alone()
    {
        var entry = StoreEntries.Of(ProfileName.Extended, 1, ExperimentProfile.SparseModel);
        var before = entry.Exists ? File.ReadAllText(Path.Combine(entry.Directory, ModelEntry.ProvenanceFile)) : null;
        var cache = Directory.CreateTempSubdirectory("iclclaims-train-").FullName;
        try
        {
            var (code, stdout, stderr) = await Run("train", "--profile", "Extended", "--model", "sparse", "--steps", "2", "--threads", "1", "--cache", cache);

            code.Should().Be(0, stderr);
            stdout.Should().StartWith("sparse\t").And.Contain("2 steps");
            stderr.Should().Contain("stay in the cache").And.NotContain("store entry written");
            Directory.EnumerateDirectories(cache, "sparse-*").Should().ContainSingle("the exploration model is cached");
            (entry.Exists ? File.ReadAllText(Path.Combine(entry.Directory, ModelEntry.ProvenanceFile)) : null).Should().Be(before, "the store is left as it is");
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public async Task A_store_served_model_the_store_lacks_is_refused_with_the_command_that_trains_it_never_trained_implicitly()
    {
        // Seed 97 has no store entry whether or not the seed-1 entries are committed: missing and stale both refuse.
        var cache = Directory.CreateTempSubdirectory("iclclaims-curve-").FullName;
        try
        {
            var (code, stdout, stderr) = await Run("curve", "--profile", "Extended", "--task", "sparse", "--predictor", "sparse",
                "--seed", "97", "--prompts", "8", "--threads", "1", "--cache", cache);

            code.Should().Be(CommandLineApp.UserError);
            stdout.Should().BeEmpty();
            stderr.Should().Contain("error: ").And.Contain("train --profile Extended --model sparse --seed 97").And.NotContain("   at ");
            Directory.EnumerateFileSystemEntries(cache).Should().BeEmpty("nothing was trained");
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Theory]
    [InlineData("Huge", "Smoke, Ci, Extended, Paper")]
    public async Task An_unknown_profile_lists_the_allowed_profiles(string profile, string allowed)
    {
        var (_, _, stderr) = await Run("curve", "--profile", profile, "--task", "dense", "--predictor", "least-squares");

        stderr.Should().Contain("--profile").And.Contain(allowed);
    }

    [Fact]
    public async Task An_unknown_task_lists_the_allowed_tasks()
    {
        var (_, _, stderr) = await Run("curve", "--task", "cubic", "--predictor", "least-squares");

        stderr.Should().Contain("--task").And.Contain("dense, sparse, mixture, sine, linear1d, combination");
    }

    [Fact]
    public async Task Curve_json_is_only_json_and_least_squares_matches_its_theory_below_d()
    {
        const int d = 20;
        var (code, stdout, stderr) = await Run("curve", "--task", "dense", "--dim", $"{d}", "--predictor", "least-squares",
            "--prompts", "500", "--format", "json", "--threads", "1");

        code.Should().Be(0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("n", "mean", "se", "lo", "hi");
        var n = root.GetProperty("n").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var mean = root.GetProperty("mean").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var se = root.GetProperty("se").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        n.Should().Equal(Enumerable.Range(0, 2 * d + 1));
        foreach (var key in new[] { "mean", "se", "lo", "hi" }) root.GetProperty(key).GetArrayLength().Should().Be(n.Length);

        // Minimum-norm least squares with n < d Gaussian examples leaves (d - n)/d of the normalised error.
        for (var i = 0; i < d; i++)
            mean[i].Should().BeApproximately((double)(d - n[i]) / d, 4 * se[i] + 1e-9, $"n = {n[i]}");
        mean[(d + 1)..].Should().AllSatisfy(m => m.Should().BeLessThan(1e-6, "beyond d examples the noise-free weights are recovered"));
    }
}
