using System.Globalization;
using System.Text;
using IclClaims.Figures.Model;

namespace IclClaims.Figures.Data;

/// <summary>The figure's numbers as one long table, for spreadsheets and pandas: one row per series point.</summary>
public static class FigureCsv
{
    public const string Header = "panel,series,x,y,lower,upper,stderr";

    public static string Write(FigureData figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var csv = new StringBuilder(Header).Append('\n');
        for (var p = 0; p < figure.Panels.Count; p++)
        {
            var panel = figure.Panels[p];
            // Panels are named by title when they have one; the index keeps untitled panels apart.
            var panelName = string.IsNullOrEmpty(panel.Title) ? $"panel {p + 1}" : panel.Title;
            foreach (var s in panel.Series)
            {
                for (var i = 0; i < s.X.Length; i++)
                {
                    csv.Append(Quote(panelName)).Append(',').Append(Quote(s.Name)).Append(',')
                       .Append(Number(s.X[i])).Append(',').Append(Number(s.Y[i])).Append(',')
                       .Append(Optional(s.Lower, i)).Append(',').Append(Optional(s.Upper, i)).Append(',')
                       .Append(Optional(s.StdErr, i)).Append('\n');
                }
            }
        }
        return csv.ToString();
    }

    private static string Optional(double[]? values, int i) => values is null ? "" : Number(values[i]);

    private static string Number(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
