namespace IclClaims.Figures.Model;

/// <summary>A shaded vertical strip over the x range [From, To], for example the pretraining frequency band.</summary>
public sealed record ShadedSpan(double From, double To, string Label);
