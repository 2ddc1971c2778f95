using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;

namespace IclClaims.Claims.Tests.Claims;

/// <summary>
/// The (profile, seed) runs this run verifies (ICLCLAIMS_PROFILE, ICLCLAIMS_SEED and the store's seeds), as theory rows
/// for each claim test. A claim that was
/// measured not to reproduce at a profile's budget keeps its honest test, marked explicit: it runs only on request
/// (<c>dotnet test -- xUnit.Explicit=on</c>), and <see cref="Claim.NotReproducedAt"/> records the measured reason.
/// </summary>
public static class ConfiguredProfiles
{
    /// <summary>The run's plan (<see cref="VerificationPlan"/>), or null when the settings are invalid (reported once elsewhere).</summary>
    public static VerificationPlan? Plan() =>
        TestSettings.Error is null ? VerificationPlan.For(TestSettings.Current, RepositoryLayout.ModelStore) : null;

    /// <summary>
    /// The row a claim test gets when the settings are invalid: it fails with their message, so that a run filtered
    /// to the claims (<c>--filter Category=Claim</c>, where the settings test is left out) cannot pass without a claim.
    /// </summary>
    public const string InvalidSettingsRow = "invalid settings";

    public static IEnumerable<TheoryDataRow<string, int>> ForClaim(int claim)
    {
        if (Plan() is not { } plan) return [new TheoryDataRow<string, int>(InvalidSettingsRow, 0) { Label = "the settings are invalid" }];
        return plan.Runs.Select(r => ClaimCatalog.Get(claim).NotReproducedAt(r.Profile) is { } reason
            ? new TheoryDataRow<string, int>(r.Profile.ToString(), r.Seed) { Explicit = true, Label = $"{r} (explicit: {reason})" }
            : new TheoryDataRow<string, int>(r.Profile.ToString(), r.Seed) { Label = r.ToString() });
    }

    /// <summary>(profile, seed, claim) rows for the claims that are explicit at a configured profile: their figures are still verified.</summary>
    public static IEnumerable<TheoryDataRow<string, int, int>> NotReproducedClaims()
    {
        if (Plan() is not { } plan) return [new TheoryDataRow<string, int, int>(InvalidSettingsRow, 0, 0) { Label = "the settings are invalid" }];
        return plan.Runs.SelectMany(r => ClaimCatalog.All.Where(c => c.NotReproducedAt(r.Profile) is not null).Select(c => c.Number)
            .Select(c => new TheoryDataRow<string, int, int>(r.Profile.ToString(), r.Seed, c) { Label = $"{r}, claim {c}" }));
    }

    public static IEnumerable<TheoryDataRow<string, int>> Claim1 => ForClaim(1);
    public static IEnumerable<TheoryDataRow<string, int>> Claim2 => ForClaim(2);
    public static IEnumerable<TheoryDataRow<string, int>> Claim3 => ForClaim(3);
    public static IEnumerable<TheoryDataRow<string, int>> Claim4 => ForClaim(4);
    public static IEnumerable<TheoryDataRow<string, int>> Claim5 => ForClaim(5);
    public static IEnumerable<TheoryDataRow<string, int>> Claim6 => ForClaim(6);

    public static ProfileName Resolve(string row) => Enum.Parse<ProfileName>(row);
}
