using FluentAssertions;
using FluentAssertions.Execution;
using IclClaims.Claims.Tests.Snapshots;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Reporting;

namespace IclClaims.Claims.Tests.Claims;

/// <summary>What every claim test does with its measured claim: log, attach figures, verify snapshots, assert.</summary>
public static class ClaimVerification
{
    /// <summary>Asserts the claim: every check holds (on its confidence bound) and its figures match their snapshots.</summary>
    public static void Verify(ClaimsFixture fixture, string profileRow, int seed, int claimNumber) => Run(fixture, profileRow, seed, claimNumber, assertChecks: true);

    /// <summary>
    /// Regression check for a claim that does not reproduce at this profile: its measurements still run and its
    /// figures must still match their snapshots, so a change in the science shows; the claim itself is not asserted.
    /// </summary>
    public static void VerifyFiguresOnly(ClaimsFixture fixture, string profileRow, int seed, int claimNumber) => Run(fixture, profileRow, seed, claimNumber, assertChecks: false);

    private static void Run(ClaimsFixture fixture, string profileRow, int seed, int claimNumber, bool assertChecks)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        if (profileRow == ConfiguredProfiles.InvalidSettingsRow) Assert.Fail(TestSettings.Error ?? "the settings are invalid");
        var profile = ConfiguredProfiles.Resolve(profileRow);
        var claim = fixture.Outcome(new VerificationRun(profile, seed)).Claim(claimNumber);
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"claim {claim.Claim} at {claim.Profile}, seed {claim.Seed} (test prompts: seed {claim.PromptSeed}): {claim.Title}");
        foreach (var (model, source) in claim.ModelSources) output?.WriteLine($"model {model}: {source}");
        foreach (var check in claim.Checks) output?.WriteLine(check.ToString());
        foreach (var reported in claim.ReportedOrEmpty) output?.WriteLine($"reported: {reported}");

        foreach (var figure in claim.Figures) FigureArtifacts.Write(figure, ClaimsReportWriter.ClaimFolder(claim), fixture.Settings.OutputDirectory);
        if (profile == ProfileName.Smoke) Assert.Skip("the Smoke profile checks the wiring only: models, measurements and figures were produced; no claim is asserted");

        using (new AssertionScope())
        {
            foreach (var figure in claim.Figures)
                FigureSnapshot.Verify(figure, FigureTolerances.For(figure.Id, profile), SnapshotDirectory(profile, ClaimCatalog.Get(claimNumber).Uses));
            if (!assertChecks) return;
            foreach (var check in claim.Checks)
                check.Holds.Should().BeTrue($"claim {claim.Claim} at {profile} requires {check}");
        }
    }

    /// <summary>
    /// Where a figure's verified snapshot lives: the folder of the first profile whose setting of that figure is this
    /// profile's. Extended's sinusoid figures are Ci's (the same model, prompts and numbers), so they have one snapshot.
    /// </summary>
    public static string SnapshotDirectory(ProfileName profile, ClaimSetting setting)
    {
        var own = Profiles.Get(profile);
        var owner = Enum.GetValues<ProfileName>().First(p => setting == ClaimSetting.Linear
            ? Profiles.Get(p).Linear == own.Linear
            : Profiles.Get(p).Sine == own.Sine);
        return Path.Combine(RepositoryLayout.Root, "Claims.Tests", "Snapshots", "Verified", owner.ToString());
    }
}
