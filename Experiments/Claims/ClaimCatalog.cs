namespace IclClaims.Experiments.Claims;

/// <summary>The six claims in the paper's order.</summary>
public static class ClaimCatalog
{
    public static IReadOnlyList<Claim> All { get; } =
    [
        new Claim1NearOptimalSelection(),
        new Claim2SelectionCost(),
        new Claim3InBetweenSparsity(),
        new Claim4EachClassLearned(),
        new Claim5CombinationsNotFitted(),
        new Claim6ExtremeFrequenciesNotFitted(),
    ];

    public static Claim Get(int number) => All.SingleOrDefault(c => c.Number == number)
        ?? throw new ArgumentOutOfRangeException(nameof(number), number, $"claims are numbered 1 to {All.Count}");
}
