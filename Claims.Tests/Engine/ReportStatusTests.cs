using FluentAssertions;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Reporting;

namespace IclClaims.Claims.Tests.Engine;

/// <summary>A claim recorded as not reproduced at a profile reads so in the report, with its measured reason, even where its checks pass.</summary>
public sealed class ReportStatusTests
{
    private static ClaimResult Passing(int claim, ProfileName profile) => new(
        claim, "title", profile, Seed: 1,
        [new ClaimCheck("check", Measured: 0.1, StdErr: 0.01, Comparison.AtMost, Threshold: 0.15, Reason: "why")],
        Figures: [], ModelSources: new Dictionary<string, string>(), Configuration: "config");

    [Fact]
    public void Passing_checks_on_unmatched_budgets_read_not_reproduced_with_the_measured_reason()
    {
        var entry = ClaimsReportWriter.Entry(Passing(3, ProfileName.Extended), figurePngs: []);

        entry.Verdict.Should().Be(ClaimVerdict.NotReproduced, "the mixture trained twice the specialists' steps; the checks table still shows each pass");
        entry.Reason.Should().StartWith("not reproduced at this budget: ")
            .And.Contain(ClaimCatalog.Get(3).NotReproducedAt(ProfileName.Extended));
    }

    [Fact]
    public void A_passing_claim_with_no_recorded_status_has_no_reason()
    {
        ClaimsReportWriter.Entry(Passing(4, ProfileName.Ci), figurePngs: []).Reason.Should().BeNull();
        ClaimsReportWriter.Entry(Passing(4, ProfileName.Ci), figurePngs: []).Verdict.Should().Be(ClaimVerdict.Holds);
        ClaimsReportWriter.Entry(Passing(2, ProfileName.Ci), figurePngs: []).Reason.Should().BeNull("claim 2 reproduces at Ci, where the mixture trains the specialists' budget");
    }
}
