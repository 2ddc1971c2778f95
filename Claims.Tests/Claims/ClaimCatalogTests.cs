using System.Reflection;
using FluentAssertions;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;

namespace IclClaims.Claims.Tests.Claims;

/// <summary>A claim's test, report heading and summary row use the words of its one file.</summary>
public sealed class ClaimCatalogTests
{
    private static IEnumerable<MethodInfo> ClaimTestMethods() => typeof(ClaimCatalogTests).Assembly.GetTypes()
        .Where(t => t.GetCustomAttributes<TraitAttribute>().Any(a => a is { Name: "Category", Value: "Claim" }))
        .SelectMany(t => t.GetMethods())
        .Where(m => m.GetCustomAttribute<TheoryAttribute>() is not null);

    [Fact]
    public void Each_claim_has_one_test_named_after_its_title()
    {
        ClaimTestMethods().Select(m => m.Name).Should().BeEquivalentTo(ClaimCatalog.All.Select(c => c.TestName));
    }

    [Fact]
    public void Claims_are_numbered_1_to_6_in_order()
    {
        ClaimCatalog.All.Select(c => c.Number).Should().Equal(1, 2, 3, 4, 5, 6);
        ClaimCatalog.Get(3).Should().BeOfType<Claim3InBetweenSparsity>();
        FluentActions.Invoking(() => ClaimCatalog.Get(7)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_test_name_is_the_claim_number_and_the_words_of_its_title() =>
        ClaimCatalog.Get(3).TestName.Should().Be("Claim3_in_between_sparsity_resembles_neither_specialist");

    [Fact]
    public void A_claim_comparing_the_mixture_with_the_specialists_does_not_reproduce_where_their_budgets_differ()
    {
        var unmatched = Profiles.Extended.Linear with { FirstStageSteps = null, MixtureSteps = 30000 };
        unmatched.BudgetsMatched.Should().BeFalse("a mixture that starts from the 30000-step specialist trains 60000 steps");
        Claim.UnmatchedBudgets(unmatched).Should().StartWith("the mixture trained 60000 steps and the specialists 30000");
        Claim.UnmatchedBudgets(Profiles.Smoke.Linear).Should().BeNull("the one-stage mixture trains as long as each specialist");

        foreach (var profile in Enum.GetValues<ProfileName>())
        foreach (var claim in ClaimCatalog.All)
            claim.UnmatchedBudgetsAt(profile).Should().BeNull($"every shipped profile trains its models at one budget ({profile}, claim {claim.Number}; docs/budgets.md)");
    }
}
