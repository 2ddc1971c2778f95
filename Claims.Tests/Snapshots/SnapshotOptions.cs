using IclClaims.Experiments.Configuration;

namespace IclClaims.Claims.Tests.Snapshots;

/// <summary>
/// The two switches of snapshot verification, passed in rather than read inside the verifier so
/// that tests running in parallel can use different values without touching the environment.
/// </summary>
/// <param name="Accept">Write the live figure as the new verified snapshot instead of comparing.</param>
/// <param name="IsCi">On CI a missing snapshot is an error to fix in the repository, so nothing is written.</param>
public sealed record SnapshotOptions(bool Accept, bool IsCi)
{
    public static SnapshotOptions FromEnvironment() => new(
        TestSettings.Current.AcceptSnapshots,
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase));
}
