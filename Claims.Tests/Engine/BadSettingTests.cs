using System.Diagnostics;
using FluentAssertions;

namespace IclClaims.Claims.Tests.Engine;

/// <summary>End to end: a test host started with a bad setting fails the run once, with the setting's one message.</summary>
public class BadSettingTests
{
    [Fact]
    public async Task A_bad_setting_under_dotnet_test_fails_one_test_with_its_message_and_skips_the_rest()
    {
        var assembly = typeof(BadSettingTests).Assembly.Location;
        // This class is left out of the inner run, so it cannot start itself again.
        const string filter = "FullyQualifiedName~SmokeTests|FullyQualifiedName~ModelStoreTests|FullyQualifiedName~SineClaimTests|FullyQualifiedName~RecipeSnapshotTests";
        var start = new ProcessStartInfo("dotnet", ["test", assembly, "--filter", filter, "-e", "ICLCLAIMS_PROFILE=Huge", "--logger", "console;verbosity=normal"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout + await stderr;
        TestContext.Current.TestOutputHelper?.WriteLine(output);

        process.ExitCode.Should().NotBe(0);
        var failed = output.Split('\n').Where(l => l.TrimStart().StartsWith("Failed ", StringComparison.Ordinal)).ToList();
        failed.Should().ContainSingle().Which.Should().Contain(nameof(SmokeTests.The_configured_settings_resolve));
        output.Should().Contain("ICLCLAIMS_PROFILE: unknown profile 'Huge'");
        output.Should().NotContain("TypeInitializationException").And.NotContain("UserInputException");
    }
}
