using System.Text.Json.Serialization;

namespace IclClaims.Figures.Model;

/// <summary>One set of axes of a figure. <see cref="XIsCount"/>: x counts things (examples, non-zeros), so only whole numbers are ticked.</summary>
public sealed record PanelData(
    string Title,
    string XLabel,
    string YLabel,
    IReadOnlyList<SeriesData> Series,
    AxisScale XScale = AxisScale.Linear,
    AxisScale YScale = AxisScale.Linear,
    IReadOnlyList<ShadedSpan>? Spans = null,
    IReadOnlyList<ReferenceLine>? ReferenceLines = null,
    bool XIsCount = false)
{
    [JsonIgnore]
    public IReadOnlyList<ShadedSpan> SpansOrEmpty => Spans ?? [];

    [JsonIgnore]
    public IReadOnlyList<ReferenceLine> ReferenceLinesOrEmpty => ReferenceLines ?? [];

    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Series);
        foreach (var s in Series) s.Validate();
        var duplicate = Series.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        // Snapshot comparison matches series by name, so names must be unique within a panel.
        if (duplicate is not null)
            throw new ArgumentException($"Panel '{Title}': series name '{duplicate.Key}' is used twice.");
    }
}
