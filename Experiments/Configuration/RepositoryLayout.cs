namespace IclClaims.Experiments.Configuration;

/// <summary>Where the repository's own folders are, found from the running assembly or the working directory.</summary>
public static class RepositoryLayout
{
    private const string Marker = "IclClaims.sln";

    public static string Root { get; } = FindRoot();

    /// <summary>The committed model store: <c>Models/&lt;profile&gt;/seed&lt;S&gt;/&lt;model&gt;</c>.</summary>
    public static string ModelStore => Path.Combine(Root, "Models");

    /// <summary>
    /// Committed checkpoints of trainings longer than a working day (<c>Models/checkpoints/&lt;profile&gt;/seed&lt;S&gt;/&lt;model&gt;</c>,
    /// one per model, overwritten): another machine resumes them from the repository.
    /// </summary>
    public static string Checkpoints => Path.Combine(ModelStore, "checkpoints");

    /// <summary>A long training's weights at every eighth of its budget (<c>Models/milestones/...</c>): its learning curve's raw material.</summary>
    public static string Milestones => Path.Combine(ModelStore, "milestones");

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
