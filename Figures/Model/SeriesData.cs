using System.Text.Json.Serialization;

namespace IclClaims.Figures.Model;

/// <summary>
/// One curve of a panel. <see cref="Lower"/>/<see cref="Upper"/> draw a band (for example a bootstrap
/// interval); <see cref="StdErr"/> is what a snapshot comparison may allow a point to move by. <see cref="Color"/>
/// (#rrggbb), when given, is the series' colour in every figure; otherwise the panel's palette colours it by position.
/// </summary>
public sealed record SeriesData(
    string Name,
    double[] X,
    double[] Y,
    SeriesStyle Style = SeriesStyle.Line,
    bool Dashed = false,
    double[]? Lower = null,
    double[]? Upper = null,
    double[]? StdErr = null,
    string? Color = null)
{
    [JsonIgnore]
    public bool HasBand => Lower is not null && Upper is not null;

    /// <summary>Throws when an array does not match the length of <see cref="X"/>.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Name);
        ArgumentNullException.ThrowIfNull(X);
        ArgumentNullException.ThrowIfNull(Y);
        Require(Y, nameof(Y));
        Require(Lower, nameof(Lower));
        Require(Upper, nameof(Upper));
        Require(StdErr, nameof(StdErr));
        if ((Lower is null) != (Upper is null))
            throw new ArgumentException($"Series '{Name}': a band needs both Lower and Upper.");
    }

    private void Require(double[]? values, string what)
    {
        if (values is not null && values.Length != X.Length)
            throw new ArgumentException($"Series '{Name}': {what} has {values.Length} values but X has {X.Length}.");
    }
}
