using System.Reflection;
using FluentAssertions;
using IclClaims.Experiments.Claims;

namespace IclClaims.Claims.Tests.Engine;

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
}
