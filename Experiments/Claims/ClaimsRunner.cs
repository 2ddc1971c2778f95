using System.Text.Json;
using IclClaims.Experiments.Files;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Claims;

/// <summary>Measures the claims of a profile from its served models: what the main job and the claim tests share.</summary>
public static class ClaimsRunner
{
    /// <summary>Every claim of the profile, both settings, in this process.</summary>
    /// <param name="promptSeed">Seed of the test prompts; null: the models' seed. Another value checks the claims on prompts no threshold was set on.</param>
    public static ProfileOutcome Run(ModelSet models, int? promptSeed = null) =>
        new([.. RunSetting(models, ClaimSetting.Linear, promptSeed), .. RunSetting(models, ClaimSetting.Sine, promptSeed)]);

    /// <summary>
    /// The claims measured on one of the profile's settings, in the catalog's order. <paramref name="models"/> needs
    /// only that setting's models (<see cref="ModelSet.ModelsOf"/>).
    /// </summary>
    public static IReadOnlyList<ClaimResult> RunSetting(ModelSet models, ClaimSetting setting, int? promptSeed = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        var profile = models.Profile;
        var prompts = promptSeed ?? models.Seed;
        var sources = models.Sources.ToDictionary(s => s.Key, s => s.Value.ToString());
        using var measured = setting == ClaimSetting.Linear
            ? new ProfileMeasurements(profile, ModelSelectionExperiment.Run(profile.Linear, models.LinearModels, profile.TestPrompts.Linear, prompts, profile.TestPrompts.Sweep), null)
            : new ProfileMeasurements(profile, null,
                SineExperiment.Run(profile.Sine, models.Predictor(Configuration.ExperimentProfile.SineMixtureModel), profile.TestPrompts.Sine, prompts));
        return ClaimCatalog.All.Where(c => c.Uses == setting).Select(c => new ClaimResult(c.Number, c.Title, profile.Name, models.Seed,
            c.Checks(measured), c.Figures(measured), sources, JsonSerializer.Serialize(c.Setting(profile), Json.Options), prompts, c.Reported(measured))).ToList();
    }
}
