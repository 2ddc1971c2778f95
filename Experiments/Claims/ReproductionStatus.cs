using IclClaims.Experiments.Configuration;

namespace IclClaims.Experiments.Claims;

/// <summary>
/// Claims measured NOT to reproduce at a profile's budget, each with what was measured. Their tests stay as they are
/// and run on explicit request; the main job's report and console print the reason beside the claim's verdict, so a
/// claim whose checks pass in part is not read as a reproduction.
/// </summary>
public static class ReproductionStatus
{
    /// <summary>
    /// At Ci the two-stage mixture (the sparse specialist, then 8000 steps on the mixture) has learned both classes,
    /// but it stays as far from the Bayes-optimal predictor as the sparse specialist of this budget does, and on
    /// dense tasks it is up to 0.05 above the dense specialist at n = 2 (seeds 1-3, docs/status.md, "Measured effects, Ci").
    /// </summary>
    private const string MixtureShortOfBayesAtCi =
        "at Ci the two-stage mixture learns both classes but misses two bars: on sparse tasks below n = d it is 0.139 / 0.144 / 0.141 above the Bayes-optimal predictor (bar 0.10; the sparse specialist itself is 0.13 / 0.12 / 0.15 above it at this budget), and on dense tasks at n = 2 it is 0.053 +- 0.011 / 0.041 +- 0.009 / 0.032 +- 0.008 above the dense specialist (bar 0.05 on the upper bound; seeds 1-3)";

    /// <summary>
    /// At Ci the mixture sits between the specialists at nnz = 3 at every seed, but at the ends it is about a third
    /// of the specialists' distance from the matching specialist, at the 0.35 bar: it holds at seed 1 only.
    /// </summary>
    private const string SparseEndNotCloseEnoughAtCi =
        "at Ci the two-stage mixture lies between the specialists at nnz = 3 (seeds 1-3), but at the ends it is not close enough to the matching specialist: at nnz = 1, 0.29 / 0.35 / 0.34 of the specialists' distance (upper bounds 0.32 / 0.41 / 0.38 against 0.35), at nnz = 4, 0.29 / 0.26 / 0.42 (seed 3's bound 0.45): the claim holds at seed 1 only";

    /// <summary>
    /// At Extended (d = 8, k = 2, the store's seed-1 models) the two-stage mixture (the 30000-step sparse specialist,
    /// then 30000 mixture steps) learned both classes, but like Ci it stays as far from Bayes as the sparse specialist
    /// and trails the dense specialist where least squares is exact (docs/profiles.md, "Extended profile").
    /// </summary>
    private const string MixtureShortOfBayesAtExtended =
        "at Extended the two-stage mixture learns both classes but misses two bars: on sparse tasks below n = d it is 0.174 +- 0.007 above the Bayes-optimal predictor (bar 0.10; the sparse specialist itself is about as far), and on dense tasks at n = 9 it is 0.068 +- 0.005 above the dense specialist (bar 0.05; seed 1, the store's)";

    /// <summary>At Extended the sparse end misses the bar by its confidence bound (one seed).</summary>
    private const string SparseEndNotCloseEnoughAtExtended =
        "at Extended the two-stage mixture lies between the specialists at nnz = 5 and is close to the dense specialist at nnz = 8 (0.26 of the specialists' distance), but at nnz = 2 it is 0.324 +- 0.017 of that distance from the sparse specialist (upper bound 0.357 against 0.35; seed 1, the store's)";

    private static readonly Dictionary<(int Claim, ProfileName Profile), string> NotReproduced = new()
    {
        [(1, ProfileName.Ci)] = MixtureShortOfBayesAtCi,
        [(3, ProfileName.Ci)] = SparseEndNotCloseEnoughAtCi,
        [(1, ProfileName.Extended)] = MixtureShortOfBayesAtExtended,
        [(3, ProfileName.Extended)] = SparseEndNotCloseEnoughAtExtended,
    };

    public static string? NotReproducedAt(int claim, ProfileName profile) =>
        NotReproduced.TryGetValue((claim, profile), out var reason) ? reason : null;
}
