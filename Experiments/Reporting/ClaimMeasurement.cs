using System.Globalization;

using IclClaims.Experiments.Store;

namespace IclClaims.Experiments.Reporting;

/// <summary>One number a claim is judged on, with the threshold it was held to.</summary>
/// <param name="Comparison">How Value relates to Threshold for a pass, e.g. "&lt;=" or "&gt;".</param>
public sealed record ClaimMeasurement(string Name, double Value, double? StdErr, double Threshold, string Comparison, bool Pass)
{
    public string ValueText => StdErr is { } se ? $"{Format(Value)} ± {Format(se)}" : Format(Value);

    public string TestText => $"{Comparison} {Format(Threshold)}";

    internal static string Format(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
}
