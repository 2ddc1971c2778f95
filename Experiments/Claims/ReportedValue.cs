using IclClaims.Experiments.Evaluation;

namespace IclClaims.Experiments.Claims;

/// <summary>A measured quantity a claim reports beside its checks without holding it to a bar (for example a model's gap to Bayes).</summary>
public sealed record ReportedValue(string Name, Estimate Value)
{
    public override string ToString() => $"{Name}: {Value}";
}
