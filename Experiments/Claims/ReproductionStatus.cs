using IclClaims.Experiments.Configuration;

namespace IclClaims.Experiments.Claims;

/// <summary>
/// Claims measured NOT to reproduce at a profile's budget, each with what was measured. Their tests stay as they are
/// and run on explicit request; the main job's report and console print the reason beside the claim's verdict, so a
/// check that passes for the wrong reason (claim 2 at Extended) is not read as a reproduction.
/// </summary>
public static class ReproductionStatus
{
    /// <summary>
    /// At Ci (d = 4, k = 1, 8000 steps) the mixture model learns the dense class but not yet the sparse one: on
    /// sparse tasks it stays at least-squares level below n = d, while the sparse specialist of the same budget
    /// captures Lasso's advantage. Measured over seeds 1-3 (README, "Measured effects, Ci").
    /// </summary>
    private const string MixtureMissesSparsityAtCi =
        "at Ci the mixture model does not learn the sparse class in 8000 steps: on sparse tasks below n = d, mixture - least squares = +0.008 / +0.005 / +0.009 (seeds 1-3) where the sparse specialist reaches about -0.15";

    /// <summary>
    /// At Extended (d = 8, k = 2, the store's seed-1 models) the same: the 60000-step mixture tracks least squares on
    /// sparse tasks while the 30000-step sparse specialist beats it below n = d (README, "Extended profile").
    /// </summary>
    private const string MixtureMissesSparsityAtExtended =
        "at Extended the mixture model (60000 steps) does not learn the sparse class: on sparse tasks at n = 4..7, mixture - least squares = -0.002 / +0.001 / +0.012 / +0.031 (seed 1, the store's) where the sparse specialist (30000 steps) reaches -0.136 / -0.101 / -0.077 / -0.005";

    /// <summary>
    /// Claim 2's area check at Extended passes, but by a hair and for the wrong reason: the sparse specialist learned
    /// little sparsity, so a mixture at least-squares level sits only 13% above it. Not counted as reproduced; a run
    /// on request shows the numbers (and a thread count's rounding could flip the bound).
    /// </summary>
    private const string SelectionCostPassesOnlyNarrowlyAtExtended =
        "at Extended the area check passes only narrowly (sparse tasks: mixture 0.130 +- 0.010 above the sparse specialist, upper bound 0.1499 against 0.15, seed 1) and only because the specialist learned little sparsity; the mixture itself learned none";

    private static readonly Dictionary<(int Claim, ProfileName Profile), string> NotReproduced = new()
    {
        [(1, ProfileName.Ci)] = MixtureMissesSparsityAtCi,
        [(2, ProfileName.Ci)] = MixtureMissesSparsityAtCi,
        [(3, ProfileName.Ci)] = MixtureMissesSparsityAtCi,
        [(1, ProfileName.Extended)] = MixtureMissesSparsityAtExtended,
        [(2, ProfileName.Extended)] = SelectionCostPassesOnlyNarrowlyAtExtended,
        [(3, ProfileName.Extended)] = MixtureMissesSparsityAtExtended,
    };

    public static string? NotReproducedAt(int claim, ProfileName profile) =>
        NotReproduced.TryGetValue((claim, profile), out var reason) ? reason : null;
}
