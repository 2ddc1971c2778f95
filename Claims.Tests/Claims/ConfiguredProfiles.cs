using IclClaims.Experiments.Configuration;

namespace IclClaims.Claims.Tests.Claims;

/// <summary>The profiles this run verifies (ICLCLAIMS_PROFILE), as theory data for every claim test.</summary>
public static class ConfiguredProfiles
{
    /// <summary>Marks a row that carries a configuration error instead of a profile, so the test reports it plainly.</summary>
    public const string InvalidPrefix = "invalid: ";

    public static TheoryData<string> All
    {
        get
        {
            try
            {
                return new TheoryData<string>(SuiteSettings.FromEnvironment().Profiles.Select(p => p.ToString()));
            }
            catch (UserInputException e)
            {
                return new TheoryData<string>(InvalidPrefix + e.Message);
            }
        }
    }

    public static ProfileName Resolve(string row)
    {
        if (row.StartsWith(InvalidPrefix, StringComparison.Ordinal)) Assert.Fail(row[InvalidPrefix.Length..]);
        return Enum.Parse<ProfileName>(row);
    }
}
