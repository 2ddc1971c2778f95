using IclClaims.Experiments.Configuration;
using IclClaims.Figures.Model;

namespace IclClaims.Experiments.Claims;

/// <summary>
/// One claim of the paper, in one file per claim: its words, its checks against bars with their reasons, the figures
/// that show it, and the profiles at which it was measured not to reproduce.
/// </summary>
/// <param name="number">The paper's order.</param>
/// <param name="title">The claim in our words: the report's heading, the summary's row and (as <see cref="TestName"/>) the test's name.</param>
/// <param name="setting">Which of the profile's settings its models are trained on.</param>
public abstract class Claim(int number, string title, ClaimSetting setting)
{
    public int Number { get; } = number;

    public string Title { get; } = title;

    /// <summary>Which of the profile's settings the claim is measured on.</summary>
    public ClaimSetting Uses { get; } = setting;

    /// <summary>The name of the claim's test method: "Claim{N}_" and the title's words joined by underscores.</summary>
    public string TestName => $"Claim{Number}_" + string.Join('_',
        Title.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The checks the claim is judged on; it holds when all of them hold on their confidence bounds.</summary>
    public IReadOnlyList<ClaimCheck> Checks(ProfileMeasurements m) => ChecksOf(m ?? throw new ArgumentNullException(nameof(m)));

    /// <summary>Quantities shown beside the checks but held to no bar.</summary>
    public IReadOnlyList<ReportedValue> Reported(ProfileMeasurements m) => ReportedOf(m ?? throw new ArgumentNullException(nameof(m)));

    /// <summary>The paper's figures that show the claim, built from this run's measurements.</summary>
    public IReadOnlyList<FigureData> Figures(ProfileMeasurements m) => FiguresOf(m ?? throw new ArgumentNullException(nameof(m)));

    protected abstract IReadOnlyList<ClaimCheck> ChecksOf(ProfileMeasurements m);

    /// <summary>None unless a claim has some.</summary>
    protected virtual IReadOnlyList<ReportedValue> ReportedOf(ProfileMeasurements m) => [];

    protected abstract IReadOnlyList<FigureData> FiguresOf(ProfileMeasurements m);

    /// <summary>The setting the claim's models were trained on, as the report prints it.</summary>
    public object Setting(ExperimentProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Uses == ClaimSetting.Linear ? profile.Linear : profile.Sine;
    }

    /// <summary>
    /// Why the claim does not reproduce at <paramref name="profile"/>'s budget (its test is then explicit and the report
    /// prints this beside the verdict), or null where it is expected to hold. A claim that compares the mixture with the
    /// specialists does not reproduce where their budgets differ, whatever its checks say: the comparison measures the
    /// budget as well as the pretraining data (docs/budgets.md).
    /// </summary>
    public string? NotReproducedAt(ProfileName profile)
    {
        var budgets = UnmatchedBudgetsAt(profile);
        var measured = ShortfallAt(profile);
        return budgets is null ? measured : measured is null ? budgets : $"{budgets}; {measured}";
    }

    /// <summary>The measured reason the claim falls short at <paramref name="profile"/>, or null where it holds.</summary>
    protected virtual string? ShortfallAt(ProfileName profile) => null;

    /// <summary>Why this claim's comparison is void at <paramref name="profile"/> whatever its checks say, or null.</summary>
    public string? UnmatchedBudgetsAt(ProfileName profile) => Uses == ClaimSetting.Linear ? UnmatchedBudgets(Profiles.Get(profile).Linear) : null;

    /// <summary>Why a claim comparing the mixture with the specialists of <paramref name="linear"/> measures the budget, or null where their budgets match.</summary>
    public static string? UnmatchedBudgets(LinearSetting linear) => linear.BudgetsMatched
        ? null
        : $"the mixture trained {linear.MixtureBudget} steps and the specialists {linear.Steps}, so comparing them measures the budget as well as the data (docs/budgets.md)";
}

/// <summary>The two settings of a profile: dense/sparse linear functions (claims 1-3) and 1-D linear + sinusoid (claims 4-6).</summary>
public enum ClaimSetting
{
    Linear,
    Sine,
}
