using System.Diagnostics;
using FluentAssertions;

namespace IclClaims.Claims.Tests.Configuration;

/// <summary>
/// End to end: a test host started with a bad setting fails the run with the setting's one message: the settings test
/// fails with it, each claim test fails with it (a run filtered to the claims must not pass), every other test skips.
/// </summary>
public class BadSettingTests
{
    private static async Task<(int Code, string Output)> RunInner(string filter, params string[] variables)
    {
        var assembly = typeof(BadSettingTests).Assembly.Location;
        string[] args = ["test", assembly, "--filter", filter, .. variables.SelectMany(v => new[] { "-e", v }), "--logger", "console;verbosity=normal"];
        var start = new ProcessStartInfo("dotnet", args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout + await stderr;
        TestContext.Current.TestOutputHelper?.WriteLine(output);
        return (process.ExitCode, output);
    }

    private static List<string> Failed(string output) =>
        output.Split('\n').Where(l => l.TrimStart().StartsWith("Failed ", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task A_bad_setting_under_dotnet_test_fails_the_settings_test_and_each_claim_with_its_message_and_skips_the_rest()
    {
        // This class is left out of the inner run, so it cannot start itself again.
        const string filter = "FullyQualifiedName~SmokeTests|FullyQualifiedName~ModelStoreTests|FullyQualifiedName~SineClaimTests|FullyQualifiedName~RecipeSnapshotTests";

        var (code, output) = await RunInner(filter, "ICLCLAIMS_PROFILE=Huge");

        code.Should().NotBe(0);
        var failed = Failed(output);
        failed.Should().ContainSingle(l => l.Contains(nameof(SmokeTests.The_configured_settings_resolve), StringComparison.Ordinal));
        failed.Should().OnlyContain(l => l.Contains(nameof(SmokeTests.The_configured_settings_resolve), StringComparison.Ordinal)
                                         || l.Contains("the settings are invalid", StringComparison.Ordinal));
        output.Should().Contain("ICLCLAIMS_PROFILE: unknown profile 'Huge'");
        output.Should().NotContain("TypeInitializationException").And.NotContain("UserInputException");
        // The inner host ran on this run's binaries: the checkout lock is still this host's.
        var lockFile = Path.Combine(AppContext.BaseDirectory, IclClaims.Claims.Tests.TestSupport.CheckoutLock.FileName);
        File.ReadAllText(lockFile).Trim().Should().Be(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("ICLCLAIMS_SEED=abc", "ICLCLAIMS_SEED: 'abc'")]
    [InlineData("ICLCLAIMS_OUT=/proc/iclclaims", "ICLCLAIMS_OUT: cannot write")]
    [InlineData("ICLCLAIMS_CACHE=/etc/passwd", "ICLCLAIMS_CACHE: '/etc/passwd' is a file")]
    public async Task A_run_filtered_to_the_claims_with_a_bad_setting_fails_with_its_message(string variable, string message)
    {
        var (code, output) = await RunInner("Category=Claim", variable);

        code.Should().NotBe(0, "a run whose settings are bad never passes");
        Failed(output).Should().NotBeEmpty().And.OnlyContain(l => l.Contains("the settings are invalid", StringComparison.Ordinal));
        output.Should().Contain(message).And.NotContain("IOException");
    }
}
