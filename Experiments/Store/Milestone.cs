using System.Globalization;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Model;

namespace IclClaims.Experiments.Store;

/// <summary>A long training's weights saved after <see cref="Step"/> steps of its own training (<see cref="ModelProvider.MilestoneRoot"/>).</summary>
public sealed record Milestone(string Model, int Step, string Path)
{
    /// <summary>Where a training saves its milestone: <c>&lt;root&gt;/&lt;profile&gt;/seed&lt;S&gt;/&lt;model&gt;/step&lt;N&gt;.bin</c>.</summary>
    public static string File(string root, ProfileName profile, int seed, string model, int step) =>
        System.IO.Path.Combine(Folder(root, profile, seed), model, $"step{step:D6}.bin");

    /// <summary>The folder of one profile and seed's milestones.</summary>
    public static string Folder(string root, ProfileName profile, int seed) =>
        System.IO.Path.Combine(root, profile.ToString(), $"seed{seed}");

    /// <summary>
    /// The linear models' milestones in <paramref name="folder"/>, by model and step: claims 1-3 and the curves concern
    /// only them, so any other folder (a sinusoid model's, say) is passed to <paramref name="leftOut"/> and skipped.
    /// </summary>
    public static IReadOnlyList<Milestone> OfLinearModels(string folder, ExperimentProfile profile, Action<string> leftOut)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(leftOut);
        var linear = profile.TrainedModels.Where(ExperimentProfile.IsLinearModel).ToHashSet(StringComparer.Ordinal);
        var dirs = Directory.GetDirectories(folder).ToLookup(dir => linear.Contains(System.IO.Path.GetFileName(dir)));
        foreach (var other in dirs[false])
            leftOut($"{other}: not a linear model of {profile.Name} ({string.Join(", ", linear)}); left out");
        return dirs[true]
            .SelectMany(dir => Directory.GetFiles(dir, "step*.bin").Select(f => new Milestone(
                System.IO.Path.GetFileName(dir),
                int.Parse(System.IO.Path.GetFileNameWithoutExtension(f)["step".Length..], CultureInfo.InvariantCulture),
                f)))
            .OrderBy(s => s.Model, StringComparer.Ordinal).ThenBy(s => s.Step)
            .ToList();
    }

    /// <summary>Steps trained in all: a two-stage mixture's milestones count from the end of its first stage.</summary>
    public int Budget(ExperimentProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Model == ExperimentProfile.MixtureModel && profile.Linear.MixtureStartsFromSparse
            ? Step + (profile.Linear.FirstStageSteps ?? profile.Linear.Steps)
            : Step;
    }

    /// <summary>The saved weights, ready to evaluate.</summary>
    public IclTransformer Load(ExperimentProfile profile, int seed)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return SavedWeights.Load(profile.Model(Model, seed).Model, Path);
    }
}
