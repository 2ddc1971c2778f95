using System.Security.Cryptography;
using System.Text;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Claims;

/// <summary>
/// Test prompts come from their own stream, derived from the run's seed and a purpose, so they never overlap
/// the training stream and every predictor of an evaluation sees the same prompts.
/// </summary>
public static class PromptSeed
{
    public static Generator For(int seed, string purpose)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"test-prompts/{seed}/{purpose}"));
        return new Generator(BitConverter.ToUInt64(bytes, 0) & 0x7FFF_FFFF_FFFF_FFFFUL);
    }
}
