using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;

namespace IclClaims.Claims.Tests.Claims;

/// <summary>
/// The (profile, seed) runs this run verifies (ICLCLAIMS_PROFILE, ICLCLAIMS_SEED and the store's seeds), as theory rows
/// for each claim test. A claim that was
/// measured not to reproduce at a profile's budget keeps its honest test, marked explicit: it runs only on request
/// (<c>dotnet test -- xUnit.Explicit=on</c>), and <see cref="ReproductionStatus"/> records the measured reason.
/// </summary>
public static class ConfiguredProfiles
{
    /// <summary>Marks a row that carries a configuration error instead of a profile, so the test reports it plainly.</summary>
    public const string InvalidPrefix = "invalid: ";

    /// <summary>The run's plan (<see cref="VerificationPlan"/>), or the configuration error that stops it.</summary>
    public static VerificationPlan? Plan(out string? error)
    {
        try
        {
            error = null;
            return VerificationPlan.For(SuiteSettings.FromEnvironment(), RepositoryLayout.ModelStore);
        }
        catch (UserInputException e)
        {
            error = e.Message;
            return null;
        }
    }

    public static IEnumerable<TheoryDataRow<string, int>> ForClaim(int claim)
    {
        if (Plan(out var error) is not { } plan) return [new TheoryDataRow<string, int>(InvalidPrefix + error, 0)];
        return plan.Runs.Select(r => ReproductionStatus.NotReproducedAt(claim, r.Profile) is { } reason
            ? new TheoryDataRow<string, int>(r.Profile.ToString(), r.Seed) { Explicit = true, Label = $"{r} (explicit: {reason})" }
            : new TheoryDataRow<string, int>(r.Profile.ToString(), r.Seed) { Label = r.ToString() });
    }

    /// <summary>(profile, seed, claim) rows for the claims that are explicit at a configured profile: their figures are still verified.</summary>
    public static IEnumerable<TheoryDataRow<string, int, int>> NotReproducedClaims()
    {
        if (Plan(out _) is not { } plan) return [];
        return plan.Runs.SelectMany(r => Enumerable.Range(1, 6).Where(c => ReproductionStatus.NotReproducedAt(c, r.Profile) is not null)
            .Select(c => new TheoryDataRow<string, int, int>(r.Profile.ToString(), r.Seed, c) { Label = $"{r}, claim {c}" }));
    }

    public static IEnumerable<TheoryDataRow<string, int>> Claim1 => ForClaim(1);
    public static IEnumerable<TheoryDataRow<string, int>> Claim2 => ForClaim(2);
    public static IEnumerable<TheoryDataRow<string, int>> Claim3 => ForClaim(3);
    public static IEnumerable<TheoryDataRow<string, int>> Claim4 => ForClaim(4);
    public static IEnumerable<TheoryDataRow<string, int>> Claim5 => ForClaim(5);
    public static IEnumerable<TheoryDataRow<string, int>> Claim6 => ForClaim(6);

    public static ProfileName Resolve(string row)
    {
        if (row.StartsWith(InvalidPrefix, StringComparison.Ordinal)) Assert.Fail(row[InvalidPrefix.Length..]);
        return Enum.Parse<ProfileName>(row);
    }
}
