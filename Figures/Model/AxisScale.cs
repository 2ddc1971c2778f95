namespace IclClaims.Figures.Model;

/// <summary>How an axis maps data values to positions.</summary>
public enum AxisScale
{
    Linear,
    /// <summary>Values are drawn at log10(value); non-positive values cannot be shown and are dropped.</summary>
    Log10,
}
