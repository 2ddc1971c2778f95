namespace IclClaims.Claims.Tests.Snapshots;

/// <summary>A live figure does not match its verified snapshot, or there is none.</summary>
public sealed class SnapshotMismatchException : Exception
{
    public SnapshotMismatchException() { }

    public SnapshotMismatchException(string message) : base(message) { }

    public SnapshotMismatchException(string message, Exception inner) : base(message, inner) { }
}
