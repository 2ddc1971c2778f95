using FluentAssertions;
using IclClaims.Experiments.Configuration;

namespace IclClaims.Claims.Tests.Configuration;

/// <summary>ICLCLAIMS_* variables: defaults, and one clear message naming the variable and the allowed values for each mistake.</summary>
public class SuiteSettingsTests
{
    private static SuiteSettings Parse(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return SuiteSettings.FromLookup(name => map.GetValueOrDefault(name));
    }

    [Fact]
    public void Unset_variables_give_the_documented_defaults()
    {
        var s = Parse();

        s.Profiles.Should().Equal(ProfileName.Ci, ProfileName.Extended, ProfileName.ExtendedLong);
        s.Seeds.Should().Equal(SuiteSettings.DefaultSeed);
        s.SeedsGiven.Should().BeFalse();
        s.ProfilesGiven.Should().BeFalse();
        s.Threads.Should().Be(0);
        s.Train.Should().Be(TrainPolicy.Store);
        s.AcceptSnapshots.Should().BeFalse();
        s.CacheDirectory.Should().Be(Path.GetFullPath(".cache/models", RepositoryLayout.Root));
        s.OutputDirectory.Should().Be(Path.GetFullPath("TestResults/claims", RepositoryLayout.Root));
    }

    [Fact]
    public void Blank_variables_count_as_unset()
    {
        var s = Parse((SuiteSettings.ProfileVariable, "  "), (SuiteSettings.SeedVariable, ""), (SuiteSettings.TrainVariable, " "));

        s.Should().BeEquivalentTo(Parse());
    }

    [Fact]
    public void Set_variables_are_read_case_insensitively_and_trimmed()
    {
        var s = Parse((SuiteSettings.ProfileVariable, " smoke "), (SuiteSettings.SeedVariable, "42"), (SuiteSettings.ThreadsVariable, "1"),
            (SuiteSettings.TrainVariable, "ALWAYS"), (SuiteSettings.AcceptVariable, "1"), (SuiteSettings.CacheVariable, "/tmp/icl-cache"));

        s.Profiles.Should().Equal(ProfileName.Smoke);
        s.Seeds.Should().Equal(42);
        s.SeedsGiven.Should().BeTrue();
        s.ProfilesGiven.Should().BeTrue();
        s.Threads.Should().Be(1);
        s.Train.Should().Be(TrainPolicy.Always);
        s.AcceptSnapshots.Should().BeTrue();
        s.CacheDirectory.Should().Be("/tmp/icl-cache");
    }

    [Theory]
    [InlineData("1,2,3", new[] { 1, 2, 3 })]
    [InlineData(" 3 , 1,3 ", new[] { 3, 1 })]
    [InlineData("1-3", new[] { 1, 2, 3 })]
    [InlineData("1-2,7,2", new[] { 1, 2, 7 })]
    public void Seed_lists_and_ranges_parse_in_order_without_duplicates(string text, int[] expected)
    {
        Parse((SuiteSettings.SeedVariable, text)).Seeds.Should().Equal(expected);
    }

    [Theory]
    [InlineData("3-1", "backwards")]
    [InlineData("1-100", "more than 20")]
    [InlineData("1,,x", "not a list")]
    [InlineData("1--2", "not a list")]
    [InlineData(",", "no seed")]
    public void A_bad_seed_list_is_one_message_naming_the_variable(string text, string says)
    {
        var act = () => Parse((SuiteSettings.SeedVariable, text));

        act.Should().Throw<UserInputException>().Which.Message.Should().StartWith(SuiteSettings.SeedVariable).And.Contain(says);
    }

    [Fact]
    public void The_test_prompt_seed_defaults_to_the_model_seed_and_is_read_when_given()
    {
        Parse().PromptSeed.Should().BeNull();
        Parse((SuiteSettings.PromptSeedVariable, "77")).PromptSeed.Should().Be(77);
        var act = () => Parse((SuiteSettings.PromptSeedVariable, "x"));
        act.Should().Throw<UserInputException>().Which.Message.Should().Contain(SuiteSettings.PromptSeedVariable);
    }

    [Fact]
    public void Comma_separated_profiles_parse_in_order_without_duplicates()
    {
        Parse((SuiteSettings.ProfileVariable, "Smoke, ci,,Extended,CI")).Profiles
            .Should().Equal(ProfileName.Smoke, ProfileName.Ci, ProfileName.Extended);
    }

    [Theory]
    [InlineData("Tiny")]
    [InlineData("Ci,Huge")]
    [InlineData("1")]
    [InlineData(",")]
    public void An_unknown_profile_names_the_variable_and_the_allowed_profiles(string value)
    {
        var act = () => Parse((SuiteSettings.ProfileVariable, value));

        act.Should().Throw<UserInputException>()
            .Which.Message.Should().Contain(SuiteSettings.ProfileVariable).And.Contain("Smoke, Ci, Extended, Paper");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public void A_malformed_seed_names_the_variable_and_what_is_allowed(string value)
    {
        var act = () => Parse((SuiteSettings.SeedVariable, value));

        act.Should().Throw<UserInputException>()
            .Which.Message.Should().Contain(SuiteSettings.SeedVariable).And.Contain($"'{value}'").And.Contain("non-negative whole number");
    }

    [Fact]
    public void Negative_threads_name_the_variable()
    {
        var act = () => Parse((SuiteSettings.ThreadsVariable, "-2"));

        act.Should().Throw<UserInputException>().Which.Message.Should().Contain(SuiteSettings.ThreadsVariable);
    }

    [Theory]
    [InlineData("never")]
    [InlineData("yes")]
    public void A_bad_train_policy_names_the_variable_and_the_allowed_policies(string value)
    {
        var act = () => Parse((SuiteSettings.TrainVariable, value));

        act.Should().Throw<UserInputException>()
            .Which.Message.Should().Contain(SuiteSettings.TrainVariable).And.Contain("store, always");
    }

    [Fact]
    public void A_bad_accept_flag_names_the_variable_and_the_allowed_values()
    {
        var act = () => Parse((SuiteSettings.AcceptVariable, "maybe"));

        act.Should().Throw<UserInputException>()
            .Which.Message.Should().Contain(SuiteSettings.AcceptVariable).And.Contain("true, false");
    }
}
