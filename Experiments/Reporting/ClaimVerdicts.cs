using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;

namespace IclClaims.Experiments.Reporting;

/// <summary>The rule that turns a measured claim into its verdict, so every output says the same word.</summary>
public static class ClaimVerdicts
{
    public static ClaimVerdict Of(ClaimResult claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Profile == ProfileName.Smoke) return ClaimVerdict.NotAsserted;
        var known = ClaimCatalog.Get(claim.Claim);
        return Of(claim.Holds, known.UnmatchedBudgetsAt(claim.Profile), known.NotReproducedAt(claim.Profile));
    }

    /// <param name="checksPass">Whether every check of the claim passed.</param>
    /// <param name="unmatchedBudgets">Why the profile's models had different budgets, or null where they had one.</param>
    /// <param name="notReproduced">The recorded reason the claim does not reproduce at the profile, or null.</param>
    public static ClaimVerdict Of(bool checksPass, string? unmatchedBudgets, string? notReproduced) =>
        // Checks that pass on models of unmatched budgets do not show the claim: the comparison measured the budget.
        checksPass && unmatchedBudgets is null ? ClaimVerdict.Holds
        : notReproduced is null && unmatchedBudgets is null ? ClaimVerdict.Fails
        : ClaimVerdict.NotReproduced;

    /// <summary>The verdict's word, the one every output prints (each in its own case).</summary>
    public static string Word(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Holds => "holds",
        ClaimVerdict.NotReproduced => "not reproduced",
        ClaimVerdict.Fails => "fails",
        ClaimVerdict.NotAsserted => "not asserted",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "no such verdict"),
    };

    /// <summary>Whether a run's exit code may be 0: every asserted claim holds (Smoke asserts nothing).</summary>
    public static bool AllAssertedHold(IEnumerable<ClaimResult> claims) =>
        claims.Select(Of).All(v => v is ClaimVerdict.Holds or ClaimVerdict.NotAsserted);
}
