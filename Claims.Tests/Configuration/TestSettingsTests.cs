using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Configuration;

namespace IclClaims.Claims.Tests.Configuration;

/// <summary>The test run's settings: folders checked before any work, snapshots never accepted under CI.</summary>
public sealed class TestSettingsTests
{
    private static string? Error(params (string Name, string Value)[] values) =>
        TestSettings.Resolve(name => values.FirstOrDefault(v => v.Name == name).Value).Error;

    [Theory]
    [InlineData(SuiteSettings.OutVariable, "/etc/passwd", "is a file")]
    [InlineData(SuiteSettings.OutVariable, "/proc/iclclaims", "cannot write")]
    [InlineData(SuiteSettings.CacheVariable, "/etc/passwd", "is a file")]
    [InlineData(SuiteSettings.CacheVariable, "/proc/iclclaims/cache", "cannot write")]
    public void An_output_or_cache_folder_that_cannot_be_written_is_one_line_naming_its_variable(string variable, string value, string what)
    {
        Error((variable, value)).Should().StartWith($"{variable}: ").And.Contain(what);
    }

    [Fact]
    public void Writable_folders_resolve()
    {
        using var dir = new ScratchDirectory();

        Error((SuiteSettings.OutVariable, dir.Sub("out")), (SuiteSettings.CacheVariable, dir.Sub("cache"))).Should().BeNull();
        Directory.Exists(dir.Sub("out")).Should().BeTrue();
    }

    [Theory]
    [InlineData("true", "true", true)]
    [InlineData("1", "TRUE", true)]
    [InlineData("true", "false", false)]
    [InlineData("false", "true", false)]
    public void Accepting_snapshots_under_CI_is_refused(string accept, string ci, bool refused)
    {
        var act = () => SuiteSettings.FromLookup(name => name switch
        {
            SuiteSettings.AcceptVariable => accept,
            SuiteSettings.CiVariable => ci,
            _ => null,
        });

        if (refused) act.Should().Throw<UserInputException>().Which.Message.Should().StartWith($"{SuiteSettings.AcceptVariable}: ").And.Contain("CI=true");
        else act.Should().NotThrow();
    }
}
