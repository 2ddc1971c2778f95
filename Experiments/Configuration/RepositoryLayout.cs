namespace IclClaims.Experiments.Configuration;

/// <summary>Where the repository's own folders are, found from the running assembly or the working directory.</summary>
public static class RepositoryLayout
{
    private const string Marker = "IclClaims.sln";

    public static string Root { get; } = FindRoot();

    /// <summary>The committed model store of the Extended profile.</summary>
    public static string ModelStore => Path.Combine(Root, "Models");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, Marker))) return dir.FullName;
        }
        // Installed outside a checkout: relative folders resolve from the working directory.
        return Directory.GetCurrentDirectory();
    }
}
