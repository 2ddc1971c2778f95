using System.Text.Json;
using System.Text.Json.Serialization;

namespace IclClaims.Experiments.Files;

/// <summary>One JSON style for every file the suite writes: indented, camelCase, enums as names.</summary>
public static class Json
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Compact and stable: the text that configuration keys hash.</summary>
    public static JsonSerializerOptions Canonical { get; } = new()
    {
        WriteIndented = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };
}
