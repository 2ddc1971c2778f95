using System.Text.Json;
using System.Text.Json.Serialization;
using IclClaims.Figures.Data;

namespace IclClaims.Experiments.Claims;

/// <summary>
/// The file a measuring child process hands its claim results over in. Doubles are written in their shortest
/// round-trip form, so the parent reads back exactly the values the child computed.
/// </summary>
public static class ClaimResultsJson
{
    private static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // A check or a figure may hold a non-finite value (an undefined ratio): it must travel, not fail the hand-over.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(IReadOnlyList<ClaimResult> results) => JsonSerializer.Serialize(results, Options);

    /// <exception cref="JsonException">Not a list of claim results.</exception>
    public static IReadOnlyList<ClaimResult> Deserialize(string json) =>
        JsonSerializer.Deserialize<List<ClaimResult>>(json, Options) ?? throw new JsonException("the claim results file holds null");

    /// <summary>Written under a temporary name and moved into place, so a reader never sees half a file.</summary>
    public static void Write(string path, IReadOnlyList<ClaimResult> results)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        AtomicFile.WriteAllText(path, Serialize(results));
    }

    public static IReadOnlyList<ClaimResult> Read(string path) => Deserialize(File.ReadAllText(path));
}
