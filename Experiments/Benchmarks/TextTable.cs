using System.Globalization;
using System.Text;

namespace IclClaims.Experiments.Benchmarks;

/// <summary>A plain-text table: the first <paramref name="textColumns"/> columns left-aligned, the rest (numbers) right-aligned.</summary>
public sealed class TextTable(int textColumns, params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public TextTable Add(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != headers.Length) throw new ArgumentException($"a row needs {headers.Length} cells, got {cells.Length}", nameof(cells));
        _rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var sb = new StringBuilder();
        void Line(string[] cells)
        {
            var parts = cells.Select((c, i) => i < textColumns ? c.PadRight(widths[i]) : c.PadLeft(widths[i]));
            sb.Append("  ").AppendJoin("  ", parts).Append('\n');
        }
        Line(headers);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var r in _rows) Line(r);
        return sb.ToString();
    }

    public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
