using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace IclClaims.Figures.Rendering;

/// <summary>
/// ScottPlot 5 has no log scale: a log axis holds log10 of the data, and these ticks label each
/// position with the real value it stands for.
/// </summary>
public static class LogTicks
{
    public static ITickGenerator Create() => new NumericAutomatic
    {
        // Majors at whole decades, minors at 2..9 times each decade, as on a usual log axis.
        IntegerTicksOnly = true,
        MinorTickGenerator = new LogMinorTickGenerator(),
        LabelFormatter = Label,
    };

    /// <summary>The real value for an axis position in log10 units, e.g. 2 → "100", -5 → "1e-5".</summary>
    public static string Label(double log10Value)
    {
        var decade = Math.Round(log10Value);
        if (Math.Abs(log10Value - decade) > 1e-9)
            return Math.Pow(10, log10Value).ToString("G3", CultureInfo.InvariantCulture);
        return decade is >= -3 and <= 4
            ? Math.Pow(10, decade).ToString("0.###", CultureInfo.InvariantCulture)
            : "1e" + decade.ToString("0", CultureInfo.InvariantCulture);
    }

    /// <summary>Maps values to axis positions; non-positive values have none and become NaN.</summary>
    public static double ToAxis(double value, Model.AxisScale scale) =>
        scale == Model.AxisScale.Log10 ? (value > 0 ? Math.Log10(value) : double.NaN) : value;
}
