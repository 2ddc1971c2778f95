namespace IclClaims.Figures.Model;

/// <summary>A horizontal line at a fixed y, for example the zero predictor's normalised error of 1.</summary>
public sealed record ReferenceLine(double Y, string Label);
