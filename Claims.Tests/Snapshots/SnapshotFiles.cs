namespace IclClaims.Claims.Tests.Snapshots;

/// <summary>The file names of one figure's snapshot; received and diff files are git-ignored.</summary>
public sealed record SnapshotFiles(string Directory, string Id)
{
    public string VerifiedJson => Path.Combine(Directory, $"{Id}.verified.json");
    public string VerifiedPng => Path.Combine(Directory, $"{Id}.verified.png");
    public string ReceivedJson => Path.Combine(Directory, $"{Id}.received.json");
    public string ReceivedPng => Path.Combine(Directory, $"{Id}.received.png");
    public string DiffPng => Path.Combine(Directory, $"{Id}.diff.png");

    public void DeleteReceived()
    {
        foreach (var f in new[] { ReceivedJson, ReceivedPng, DiffPng })
            if (File.Exists(f)) File.Delete(f);
    }
}
