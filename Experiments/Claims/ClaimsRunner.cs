using System.Text.Json;
using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Claims;

/// <summary>Measures every claim of a profile from its served models: what the main job and the claim tests share.</summary>
public static class ClaimsRunner
{
    /// <param name="promptSeed">Seed of the test prompts; null: the models' seed. Another value checks the claims on prompts no threshold was set on.</param>
    public static ProfileOutcome Run(ModelSet models, int? promptSeed = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        var profile = models.Profile;
        var prompts = promptSeed ?? models.Seed;
        var sources = models.Sources.ToDictionary(s => s.Key, s => s.Value.ToString());
        using var measured = new ProfileMeasurements(profile,
            ModelSelectionExperiment.Run(profile.Linear, models.LinearModels, profile.TestPrompts.Linear, prompts),
            SineExperiment.Run(profile.Sine, models.Predictor(Configuration.ExperimentProfile.SineMixtureModel), profile.TestPrompts.Sine, prompts));
        return new ProfileOutcome(ClaimCatalog.All.Select(c => new ClaimResult(c.Number, c.Title, profile.Name, models.Seed,
            c.Checks(measured), c.Figures(measured), sources, JsonSerializer.Serialize(c.Setting(profile), Json.Options), prompts, c.Reported(measured))).ToList());
    }
}
