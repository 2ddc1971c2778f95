using IclClaims.Experiments.Claims;

namespace IclClaims.Claims.Tests.Claims;

/// <summary>
/// For claims that do not reproduce at a profile's budget (see <see cref="Claim.NotReproducedAt"/>): the measurements still run
/// in every default run and their figures must match the verified snapshots. This is not a claim verification.
/// </summary>
[Trait("Category", "FigureRegression")]
public sealed class ClaimFigureRegressionTests(ClaimsFixture fixture)
{
    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(ConfiguredProfiles.NotReproducedClaims), MemberType = typeof(ConfiguredProfiles))]
    public void Figures_of_a_claim_that_does_not_reproduce_still_match_their_snapshots(string profile, int seed, int claim) =>
        ClaimVerification.VerifyFiguresOnly(fixture, profile, seed, claim);
}
