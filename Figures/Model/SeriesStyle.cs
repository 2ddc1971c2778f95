namespace IclClaims.Figures.Model;

/// <summary>A hint for the renderer; the data comparison ignores it.</summary>
public enum SeriesStyle
{
    Line,
    Markers,
    LineWithMarkers,
}
