namespace IclClaims.Claims.Tests.Snapshots;

/// <summary>
/// How far a live figure may drift from its verified snapshot. A y value passes when it is within
/// ANY of <see cref="Absolute"/>, <see cref="Relative"/>·|expected| or <see cref="StdErrs"/>·(the
/// live curve's standard error at that point), so noisy curves can be judged by their own noise.
/// </summary>
/// <param name="PixelRms">Largest root-mean-square difference (0–255 scale) between the verified PNG and a fresh rendering of the verified data.</param>
public sealed record FigureTolerance(double Absolute = 0, double Relative = 0, double StdErrs = 0, double PixelRms = 2.0)
{
    /// <summary>Only floating-point noise: for figures whose numbers are deterministic.</summary>
    public static FigureTolerance Exact { get; } = new(Absolute: 1e-12, Relative: 1e-9);

    /// <summary>Tolerances for single series, keyed "panel index/series name" (0-based panel), overriding this one.</summary>
    public IReadOnlyDictionary<string, FigureTolerance>? SeriesOverrides { get; init; }

    /// <summary>The tolerance for one series of one panel.</summary>
    public FigureTolerance ForSeries(int panel, string series) =>
        SeriesOverrides is not null && SeriesOverrides.TryGetValue($"{panel}/{series}", out var t) ? t : this;

    public double Allowed(double expected, double? liveStdErr) =>
        Math.Max(Math.Max(Absolute, Relative * Math.Abs(expected)),
                 liveStdErr is { } se && double.IsFinite(se) ? StdErrs * Math.Abs(se) : 0);
}
