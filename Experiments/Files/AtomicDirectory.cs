namespace IclClaims.Experiments.Files;

/// <summary>Writes a folder's files beside it and moves it into place in one rename, so readers never see half of it.</summary>
internal static class AtomicDirectory
{
    public static void Write(string target, Action<string> fill)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, Path.GetFileName(target));
        var temp = Path.Combine(parent, $".tmp-{Path.GetFileName(target)}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            fill(temp);
            var old = target + $".old-{Guid.NewGuid():N}";
            if (Directory.Exists(target)) Directory.Move(target, old);
            Directory.Move(temp, target);
            if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>What an earlier write of the same target left when it was killed midway: never read, so removed.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        var leftovers = Directory.EnumerateDirectories(parent, $".tmp-{name}-*")
            .Concat(Directory.EnumerateDirectories(parent, $"{name}.old-*"));
        foreach (var dir in leftovers.ToList())
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // Another process may be finishing its own write of this target; its folder is its to remove.
            }
        }
    }
}
