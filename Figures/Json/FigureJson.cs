using System.Text.Json;
using System.Text.Json.Serialization;
using IclClaims.Figures.Model;

namespace IclClaims.Figures.Json;

/// <summary>The stored form of <see cref="FigureData"/>: indented, camelCase, culture-free, arrays on one line.</summary>
public static class FigureJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(FigureData figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        // Stored files get LF line endings on every OS so that snapshots do not churn.
        return JsonSerializer.Serialize(figure, Options).ReplaceLineEndings("\n") + "\n";
    }

    public static FigureData Deserialize(string json)
    {
        var figure = JsonSerializer.Deserialize<FigureData>(json, Options)
            ?? throw new JsonException("The figure JSON is empty.");
        figure.Validate();
        return figure;
    }

    public static void Save(FigureData figure, string path) => Data.AtomicFile.WriteAllText(path, Serialize(figure));

    public static FigureData Load(string path) => Deserialize(File.ReadAllText(path));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new CompactDoubleArrayConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
