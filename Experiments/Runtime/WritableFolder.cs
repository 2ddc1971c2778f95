namespace IclClaims.Experiments.Runtime;

/// <summary>Checks, before any work starts, that a folder the run will write to can be written.</summary>
public static class WritableFolder
{
    /// <summary>The longest path Linux accepts in a file call (PATH_MAX 4096, less its terminating zero).</summary>
    public const int MaxPathLength = 4095;

    /// <summary>
    /// Room left for what the run writes under a folder: its longest relative paths (a checkpoint's temporary folder
    /// named after the model and its key, with a file in it) are well under this.
    /// </summary>
    public const int Headroom = 256;

    /// <summary>
    /// Creates <paramref name="path"/> if needed and writes and removes a probe file in it; returns its full path.
    /// </summary>
    /// <exception cref="UserInputException">It is a file, or cannot be created or written (named with <paramref name="what"/>).</exception>
    public static string Ensure(string path, string what) => EnsureAll([(path, what)])[0];

    /// <summary>
    /// Ensures every folder in order; when one of them fails, the folders this call created for the earlier ones are
    /// removed again (a refused run leaves no empty folder behind) and the failure is thrown.
    /// </summary>
    public static IReadOnlyList<string> EnsureAll(IReadOnlyList<(string Path, string What)> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var created = new List<string>();
        var result = new List<string>();
        try
        {
            foreach (var (path, what) in folders) result.Add(EnsureOne(path, what, created));
        }
        catch (UserInputException)
        {
            foreach (var dir in Enumerable.Reverse(created)) TryRemoveEmpty(dir);
            throw;
        }
        return result;
    }

    private static string EnsureOne(string path, string what, List<string> created)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path)) throw new UserInputException($"{what}: the folder is blank; name a folder.");
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UserInputException($"{what}: '{path}' is not a valid path ({e.Message}).");
        }
        if (full.Length + Headroom > MaxPathLength)
            throw new UserInputException(
                $"{what}: the path is {full.Length} characters long; the files written under it would pass this system's limit of {MaxPathLength}: choose a folder with a path shorter than {MaxPathLength - Headroom} characters.");
        if (File.Exists(full)) throw new UserInputException($"{what}: '{full}' is a file, not a folder.");
        try
        {
            // The outermost folder that does not exist yet is what this call creates (and would remove again).
            var missing = OutermostMissing(full);
            Directory.CreateDirectory(full);
            if (missing is not null) created.Add(missing);
            var probe = Path.Combine(full, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new UserInputException($"{what}: cannot write to '{full}' ({e.Message}).");
        }
        return full;
    }

    private static string? OutermostMissing(string full)
    {
        string? missing = null;
        for (var dir = full; dir is not null && !Directory.Exists(dir) && !File.Exists(dir); dir = Path.GetDirectoryName(dir)) missing = dir;
        return missing;
    }

    /// <summary>Removes a folder this check created, with its empty subfolders; one that holds a file is left alone.</summary>
    private static void TryRemoveEmpty(string dir)
    {
        try
        {
            if (Directory.Exists(dir) && !Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Any()) Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only tidying: the refusal that is being reported matters more.
        }
    }
}
