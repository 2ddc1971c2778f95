using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;

namespace IclClaims.Claims.Tests.Claims;

/// <summary>
/// The profiles this run verifies (ICLCLAIMS_PROFILE), as theory rows for each claim test. A claim that was
/// measured not to reproduce at a profile's budget keeps its honest test, marked explicit: it runs only on request
/// (<c>dotnet test -- xUnit.Explicit=on</c>), and <see cref="ReproductionStatus"/> records the measured reason.
/// </summary>
public static class ConfiguredProfiles
{
    /// <summary>Marks a row that carries a configuration error instead of a profile, so the test reports it plainly.</summary>
    public const string InvalidPrefix = "invalid: ";

    public static IEnumerable<TheoryDataRow<string>> ForClaim(int claim)
    {
        IReadOnlyList<ProfileName> profiles;
        try
        {
            profiles = SuiteSettings.FromEnvironment().Profiles;
        }
        catch (UserInputException e)
        {
            return [new TheoryDataRow<string>(InvalidPrefix + e.Message)];
        }
        return profiles.Select(p => ReproductionStatus.NotReproducedAt(claim, p) is { } reason
            ? new TheoryDataRow<string>(p.ToString()) { Explicit = true, Label = $"{p} (explicit: {reason})" }
            : new TheoryDataRow<string>(p.ToString()));
    }

    /// <summary>(profile, claim) rows for the claims that are explicit at a configured profile: their figures are still verified.</summary>
    public static IEnumerable<TheoryDataRow<string, int>> NotReproducedClaims()
    {
        IReadOnlyList<ProfileName> profiles;
        try
        {
            profiles = SuiteSettings.FromEnvironment().Profiles;
        }
        catch (UserInputException)
        {
            return [];
        }
        return profiles.SelectMany(p => Enumerable.Range(1, 6).Where(c => ReproductionStatus.NotReproducedAt(c, p) is not null)
            .Select(c => new TheoryDataRow<string, int>(p.ToString(), c)));
    }

    public static IEnumerable<TheoryDataRow<string>> Claim1 => ForClaim(1);
    public static IEnumerable<TheoryDataRow<string>> Claim2 => ForClaim(2);
    public static IEnumerable<TheoryDataRow<string>> Claim3 => ForClaim(3);
    public static IEnumerable<TheoryDataRow<string>> Claim4 => ForClaim(4);
    public static IEnumerable<TheoryDataRow<string>> Claim5 => ForClaim(5);
    public static IEnumerable<TheoryDataRow<string>> Claim6 => ForClaim(6);

    public static ProfileName Resolve(string row)
    {
        if (row.StartsWith(InvalidPrefix, StringComparison.Ordinal)) Assert.Fail(row[InvalidPrefix.Length..]);
        return Enum.Parse<ProfileName>(row);
    }
}
