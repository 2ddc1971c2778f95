namespace IclClaims.Experiments.Store;

/// <summary>Which source served a model; printed in test logs and written into the claims report.</summary>
public enum ModelSource
{
    Trained,
    Cache,
    Store,

    /// <summary>A long training's weights at one of its milestones (<see cref="ModelProvider.MilestoneRoot"/>).</summary>
    Milestone,
}
