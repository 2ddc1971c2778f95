using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;

namespace IclClaims.Claims.Tests.Claims;

/// <summary>Claims 4–6 of the paper (figures F3, F4, F5), at every configured profile and seed.</summary>
[Trait("Category", "Claim")]
public sealed class SineClaimTests(ClaimsFixture fixture)
{
    /// <summary>Checks, bars, figures and status: <see cref="Claim4EachClassLearned"/>; the models' configuration: <see cref="Profiles"/>.</summary>
    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(ConfiguredProfiles.Claim4), MemberType = typeof(ConfiguredProfiles))]
    public void Claim4_each_class_of_a_linear_and_sinusoid_mixture_is_learned(string profile, int seed) => ClaimVerification.Verify(fixture, profile, seed, 4);

    /// <summary>Checks, bars, figures and status: <see cref="Claim5CombinationsNotFitted"/>; the models' configuration: <see cref="Profiles"/>.</summary>
    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(ConfiguredProfiles.Claim5), MemberType = typeof(ConfiguredProfiles))]
    public void Claim5_convex_combinations_of_the_classes_are_not_fitted(string profile, int seed) => ClaimVerification.Verify(fixture, profile, seed, 5);

    /// <summary>Checks, bars, figures and status: <see cref="Claim6ExtremeFrequenciesNotFitted"/>; the models' configuration: <see cref="Profiles"/>.</summary>
    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(ConfiguredProfiles.Claim6), MemberType = typeof(ConfiguredProfiles))]
    public void Claim6_frequencies_far_outside_the_pretraining_band_are_not_fitted(string profile, int seed) => ClaimVerification.Verify(fixture, profile, seed, 6);
}
