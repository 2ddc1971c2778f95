namespace IclClaims.Experiments.Training;

/// <summary>Writes a folder's files beside it and moves it into place in one rename, so readers never see half of it.</summary>
internal static class AtomicDirectory
{
    public static void Write(string target, Action<string> fill)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(parent);
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
}
