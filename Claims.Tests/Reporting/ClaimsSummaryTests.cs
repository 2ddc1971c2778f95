using FluentAssertions;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Reporting;

namespace IclClaims.Claims.Tests.Reporting;

/// <summary>The end-of-run table: one column per (profile, seed), one row per claim, verdicts in the report's words.</summary>
public class ClaimsSummaryTests
{
    private static ClaimResult Claim(int number, ProfileName profile, int seed, bool holds) => new(
        number, ClaimCatalog.Get(number).Title, profile, seed,
        [new ClaimCheck("check", 0.1, 0.01, holds ? Comparison.AtMost : Comparison.AtLeast, 0.2, "reason")],
        [], new Dictionary<string, string>(), "config");

    [Fact]
    public void Each_claim_gets_holds_not_reproduced_fails_or_not_asserted_per_profile_and_seed()
    {
        SummaryRun Run(ProfileName p, int seed, params bool[] holds) => new(p, seed,
            new ProfileOutcome(holds.Select((h, i) => Claim(i + 1, p, seed, h)).ToList()),
            new Dictionary<string, string> { ["dense"] = "Trained", ["sparse"] = "Cache" }, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(12));

        var text = ClaimsSummary.Markdown([Run(ProfileName.Ci, 2, false, false), Run(ProfileName.Smoke, 1, false, false), Run(ProfileName.Ci, 1, true, true)]);

        text.Should().Contain("| claim | Smoke seed 1 | Ci seed 1 | Ci seed 2 |");
        // Claim 1 is recorded as not reproducing at Ci; claim 2 is not, so its failure is a failure.
        text.Should().Contain($"| 1. {ClaimCatalog.Get(1).Title} | not asserted | holds | not reproduced |");
        text.Should().Contain($"| 2. {ClaimCatalog.Get(2).Title} | not asserted | holds | **fails** |");
        text.Should().Contain("- Ci seed 2: models 90 s (1 of 2 trained), claims 12 s");
    }

    [Fact]
    public void Checks_that_pass_on_models_of_unmatched_budgets_are_not_reproduced_and_those_that_pass_at_one_budget_hold()
    {
        ClaimVerdicts.Of(checksPass: true, unmatchedBudgets: "the mixture trained 60000 steps", notReproduced: "the mixture trained 60000 steps")
            .Should().Be(ClaimVerdict.NotReproduced, "passing checks on unmatched budgets measure the budget");
        ClaimVerdicts.Of(checksPass: true, unmatchedBudgets: null, notReproduced: "an older shortfall").Should().Be(ClaimVerdict.Holds, "at one budget the checks decide");
        ClaimVerdicts.Of(checksPass: false, unmatchedBudgets: null, notReproduced: "a measured shortfall").Should().Be(ClaimVerdict.NotReproduced);
        ClaimVerdicts.Of(checksPass: false, unmatchedBudgets: null, notReproduced: null).Should().Be(ClaimVerdict.Fails);
        ClaimVerdicts.Of(Claim(2, ProfileName.Ci, 1, holds: true)).Should().Be(ClaimVerdict.Holds);
        ClaimVerdicts.Of(Claim(4, ProfileName.Extended, 1, holds: true)).Should().Be(ClaimVerdict.Holds, "claims 4-6 compare no specialists");
    }

    [Fact]
    public void A_run_exits_0_only_when_every_asserted_claim_holds()
    {
        ClaimVerdicts.AllAssertedHold([Claim(4, ProfileName.Ci, 1, holds: true), Claim(1, ProfileName.Smoke, 1, holds: false)]).Should().BeTrue("Smoke asserts nothing");
        ClaimVerdicts.AllAssertedHold([Claim(4, ProfileName.Ci, 1, holds: true), Claim(1, ProfileName.Ci, 1, holds: false)])
            .Should().BeFalse("claim 1 is recorded as not reproducing at Ci: not reproduced is not a pass");
    }
}
