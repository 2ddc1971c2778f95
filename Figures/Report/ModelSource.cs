namespace IclClaims.Figures.Report;

/// <summary>Where a run got a model from, so a reader knows whether it was trained in this run.</summary>
public enum ModelSource
{
    Trained,
    Cache,
    Store,
}
