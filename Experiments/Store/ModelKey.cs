using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IclClaims.Experiments.Files;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Store;

/// <summary>The identity of a trained model: a hash of its whole configuration and of the code that trains it.</summary>
public static class ModelKey
{
    /// <summary>Layout of the files in an entry. Bump when the layout changes.</summary>
    public const int FormatVersion = 1;

    /// <summary>
    /// Bump whenever training behaviour changes (model, initialisation, data stream, schedule, loss): every stored
    /// and cached model then becomes stale, and the staleness test names the command that retrains it.
    /// </summary>
    public const int TrainingCodeVersion = 1;

    public static string Of(TrainingConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var text = JsonSerializer.Serialize(new { FormatVersion, TrainingCodeVersion, config }, Json.Canonical);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
