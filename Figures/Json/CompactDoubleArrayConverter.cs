using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IclClaims.Figures.Json;

/// <summary>
/// Writes a number array on one line: indented JSON would otherwise put every point on its own
/// line, which makes snapshot diffs hard to read. Non-finite values become the strings
/// "NaN", "Infinity" and "-Infinity", since JSON has no literal for them.
/// </summary>
internal sealed class CompactDoubleArrayConverter : JsonConverter<double[]>
{
    public override double[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException("Expected an array of numbers.");
        var values = new List<double>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.TokenType switch
            {
                JsonTokenType.Number => reader.GetDouble(),
                JsonTokenType.String => ParseNamed(reader.GetString()),
                _ => throw new JsonException($"Unexpected {reader.TokenType} in a number array."),
            });
        }
        return [.. values];
    }

    public override void Write(Utf8JsonWriter writer, double[] value, JsonSerializerOptions options)
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < value.Length; i++)
        {
            if (i > 0) text.Append(", ");
            text.Append(Format(value[i]));
        }
        writer.WriteRawValue(text.Append(']').ToString(), skipInputValidation: false);
    }

    private static string Format(double v) => v switch
    {
        double.NaN => "\"NaN\"",
        double.PositiveInfinity => "\"Infinity\"",
        double.NegativeInfinity => "\"-Infinity\"",
        // "R" gives the shortest text that reads back to the same double, independent of culture.
        _ => v.ToString("R", CultureInfo.InvariantCulture),
    };

    private static double ParseNamed(string? text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text ?? "", NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
