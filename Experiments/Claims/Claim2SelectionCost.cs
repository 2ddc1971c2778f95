using M = IclClaims.Experiments.Claims.ModelSelectionMeasurements;

namespace IclClaims.Experiments.Claims;

/// <summary>
/// Claim 2 (figures F1a, F1b): over the whole learning curve the mixture pays at most a small fraction over the best
/// specialist on each class. Bar: Ci, seeds 1-3 (docs/status.md, "Measured effects, Ci").
/// </summary>
public sealed class Claim2SelectionCost() : Claim(2, "Selection costs almost nothing in samples", ClaimSetting.Linear)
{
    /// <summary>The paper's "almost no samples" as a small stated fraction of the specialist's area; set before the measurements and not moved after them (measured values: docs/status.md).</summary>
    public static readonly Bar SelectionCostFraction = new(0.15, "area under the mixture's curve at most this fraction above the best specialist's");

    protected override IReadOnlyList<ClaimCheck> ChecksOf(ProfileMeasurements m)
    {
        return [RelativeCost("dense tasks", m.Linear.Dense, M.DenseOnly), RelativeCost("sparse tasks", m.Linear.Sparse, M.SparseOnly)];
    }

    /// <summary>The same curves as claim 1's: the cost is the area between the mixture's curve and the specialist's.</summary>
    protected override IReadOnlyList<FigureData> FiguresOf(ProfileMeasurements m) =>
        [Claim1NearOptimalSelection.F1a(m.Linear), Claim1NearOptimalSelection.F1b(m.Linear)];

    private static ClaimCheck RelativeCost(string label, PairedEvaluation e, string specialist)
    {
        var last = e.Prompts.Points - 1;
        var extra = e.DifferenceOver(M.Mixture, specialist, 0, last);
        return SelectionCostFraction.AtMost($"{label}: (area(mixture) - area({specialist})) / area({specialist})", extra.Over(e.ErrorOver(specialist, 0, last)));
    }
}
