namespace IclClaims.Claims.Tests.Snapshots;

public enum SnapshotResult
{
    /// <summary>Data within tolerance and the recipe still draws the verified PNG.</summary>
    Matched,
    /// <summary>Accept mode: the live figure became the verified snapshot.</summary>
    Accepted,
}
