using FluentAssertions;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Reporting;

namespace IclClaims.Claims.Tests.Reporting;

/// <summary>A claim recorded as not reproduced at a profile reads so in the report, with its measured reason.</summary>
public sealed class ReportStatusTests
{
    private static ClaimResult Passing(int claim, ProfileName profile) => new(
        claim, "title", profile, Seed: 1,
        [new ClaimCheck("check", Measured: 0.1, StdErr: 0.01, Comparison.AtMost, Threshold: 0.15, Reason: "why")],
        Figures: [], ModelSources: new Dictionary<string, string>(), Configuration: "config");

    [Fact]
    public void A_claim_recorded_as_not_reproduced_reads_so_with_its_reason_and_one_whose_checks_pass_at_one_budget_holds_beside_it()
    {
        var failing = ClaimsReportWriter.Entry(Passing(1, ProfileName.Ci) with { Checks = [new ClaimCheck("check", 0.3, 0.01, Comparison.AtMost, 0.15, "why")] }, figurePngs: []);
        failing.Verdict.Should().Be(ClaimVerdict.NotReproduced, "the console, the report and the summary say one word");
        failing.Reason.Should().StartWith("not reproduced at this budget: ").And.Contain(ClaimCatalog.Get(1).NotReproducedAt(ProfileName.Ci));

        var passing = ClaimsReportWriter.Entry(Passing(3, ProfileName.Extended), figurePngs: []);
        passing.Verdict.Should().Be(ClaimVerdict.Holds, "at one budget the checks decide");
        passing.Reason.Should().Contain(ClaimCatalog.Get(3).NotReproducedAt(ProfileName.Extended), "the recorded shortfall stays visible until it is updated");
    }

    [Fact]
    public void A_passing_claim_with_no_recorded_status_has_no_reason()
    {
        ClaimsReportWriter.Entry(Passing(4, ProfileName.Ci), figurePngs: []).Reason.Should().BeNull();
        ClaimsReportWriter.Entry(Passing(4, ProfileName.Ci), figurePngs: []).Verdict.Should().Be(ClaimVerdict.Holds);
        ClaimsReportWriter.Entry(Passing(2, ProfileName.Ci), figurePngs: []).Reason.Should().BeNull("claim 2 reproduces at Ci, where the mixture trains the specialists' budget");
    }
}
