namespace IclClaims.Experiments.Store;

/// <summary>Which source served a model; printed in test logs and written into the claims report.</summary>
public enum ModelSource
{
    Trained,
    Cache,
    Store,
}
