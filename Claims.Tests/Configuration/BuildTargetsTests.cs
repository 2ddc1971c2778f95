using System.Diagnostics;
using System.Xml.Linq;
using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Configuration;

namespace IclClaims.Claims.Tests.Configuration;

/// <summary>Directory.Build.targets: the settings written into the run's runsettings, and the summary printed after it.</summary>
public sealed class BuildTargetsTests
{
    private static async Task<(int Code, string Output)> MsBuild(params string[] args)
    {
        var project = Path.Combine(RepositoryLayout.Root, "Claims.Tests", "Claims.Tests.csproj");
        var start = new ProcessStartInfo("dotnet", ["msbuild", project, "-nologo", "-v:m", .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var output = await stdout + await stderr;
        TestContext.Current.TestOutputHelper?.WriteLine(output);
        return (process.ExitCode, output);
    }

    [Theory]
    [InlineData("R&D")]
    [InlineData("out<1>")]
    [InlineData("a>b &c")]
    public async Task A_setting_with_xml_characters_reaches_the_run_as_given(string value)
    {
        using var dir = new ScratchDirectory();
        // A runsettings file of its own: the run's copy in obj/ is left alone.
        var runsettings = dir.Sub("claims.runsettings");

        var (code, output) = await MsBuild("-t:IclClaimsWriteRunSettings", $"-p:IclClaimsRunSettings={runsettings}", $"-p:ClaimsOut={value}");

        code.Should().Be(0, output);
        XDocument.Load(runsettings).Descendants(SuiteSettings.OutVariable).Single().Value.Should().Be(value);
    }

    [Fact]
    public async Task The_summary_printed_is_the_one_in_the_configured_output_folder()
    {
        using var dir = new ScratchDirectory();
        File.WriteAllText(dir.Sub("summary.md"), "| table of this output folder |");

        // A run start of 0 makes any table this run's.
        var (code, output) = await MsBuild("-t:IclClaimsPrintSummary", $"-p:ClaimsOut={dir.Path}", "-p:_IclRunStart=0");

        code.Should().Be(0, output);
        output.Should().Contain("| table of this output folder |");
    }

    [Fact]
    public async Task A_summary_an_earlier_run_left_is_not_printed()
    {
        using var dir = new ScratchDirectory();
        File.WriteAllText(dir.Sub("summary.md"), "| an earlier run's table |");
        File.SetLastWriteTime(dir.Sub("summary.md"), DateTime.Now.AddMinutes(-5));

        var (code, output) = await MsBuild("-t:IclClaimsMarkRunStart;IclClaimsPrintSummary", $"-p:ClaimsOut={dir.Path}");

        code.Should().Be(0, output);
        output.Should().NotContain("an earlier run's table");
    }

    [Fact]
    public async Task A_second_test_run_on_this_checkout_is_refused_in_one_line_while_this_one_runs()
    {
        // This test host holds the checkout's lock (CheckoutLock): a second run's check before VSTest must refuse it.
        File.Exists(Path.Combine(AppContext.BaseDirectory, CheckoutLock.FileName)).Should().BeTrue();

        var (code, output) = await MsBuild("-t:IclClaimsRefuseConcurrentRun", "-p:Configuration=Release");

        code.Should().NotBe(0, output);
        output.Should().Contain($"another test run (test host pid {Environment.ProcessId})").And.Contain("run the second one from a clone of its own");
    }
}
