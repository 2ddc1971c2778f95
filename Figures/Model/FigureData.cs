namespace IclClaims.Figures.Model;

/// <summary>
/// Everything needed to draw one figure, free of plotting-library types so that it can be stored as
/// JSON, compared with tolerances and rendered again later.
/// </summary>
/// <param name="Id">Short stable name used for file names, for example "F1a".</param>
public sealed record FigureData(string Id, string Title, IReadOnlyList<PanelData> Panels)
{
    /// <summary>The common case: one panel whose title is the figure's title.</summary>
    public static FigureData Single(string id, PanelData panel) => new(id, panel.Title, [panel]);

    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Id);
        if (Id.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || Id.Contains('.', StringComparison.Ordinal))
            throw new ArgumentException($"Figure id '{Id}' must be usable as a file name and contain no dot.");
        if (Panels is null || Panels.Count == 0)
            throw new ArgumentException($"Figure '{Id}' has no panel.");
        foreach (var p in Panels) p.Validate();
    }
}
