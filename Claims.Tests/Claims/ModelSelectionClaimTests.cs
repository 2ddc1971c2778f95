using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;

namespace IclClaims.Claims.Tests.Claims;

/// <summary>Claims 1–3 of the paper (figures F1a, F1b, F2), at every configured profile and seed.</summary>
[Trait("Category", "Claim")]
public sealed class ModelSelectionClaimTests(ClaimsFixture fixture)
{
    /// <summary>Checks, bars, figures and status: <see cref="Claim1NearOptimalSelection"/>; the models' configuration: <see cref="Profiles"/>.</summary>
    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(ConfiguredProfiles.Claim1), MemberType = typeof(ConfiguredProfiles))]
    public void Claim1_mixture_model_selects_dense_or_sparse_near_optimally(string profile, int seed) => ClaimVerification.Verify(fixture, profile, seed, 1);

    /// <summary>Checks, bars, figures and status: <see cref="Claim2SelectionCost"/>; the models' configuration: <see cref="Profiles"/>.</summary>
    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(ConfiguredProfiles.Claim2), MemberType = typeof(ConfiguredProfiles))]
    public void Claim2_selection_costs_almost_nothing_in_samples(string profile, int seed) => ClaimVerification.Verify(fixture, profile, seed, 2);

    /// <summary>Checks, bars, figures and status: <see cref="Claim3InBetweenSparsity"/>; the models' configuration: <see cref="Profiles"/>.</summary>
    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(ConfiguredProfiles.Claim3), MemberType = typeof(ConfiguredProfiles))]
    public void Claim3_in_between_sparsity_resembles_neither_specialist(string profile, int seed) => ClaimVerification.Verify(fixture, profile, seed, 3);
}
