namespace IclClaims.Experiments.Configuration;

/// <summary>Checks, before any work starts, that a folder the run will write to can be written.</summary>
public static class WritableFolder
{
    /// <summary>
    /// Creates <paramref name="path"/> if needed and writes and removes a probe file in it; returns its full path.
    /// </summary>
    /// <exception cref="UserInputException">It is a file, or cannot be created or written (named with <paramref name="what"/>).</exception>
    public static string Ensure(string path, string what)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UserInputException($"{what}: '{path}' is not a valid path ({e.Message}).");
        }
        if (File.Exists(full)) throw new UserInputException($"{what}: '{full}' is a file, not a folder.");
        try
        {
            Directory.CreateDirectory(full);
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
}
