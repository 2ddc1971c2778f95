using System.Text.Json;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Training;
using IclClaims.Figures.Model;

namespace IclClaims.Experiments.Claims;

/// <summary>Measures every claim of a profile from its served models: what the main job and the claim tests share.</summary>
public static class ClaimsRunner
{
    public static readonly IReadOnlyDictionary<int, string> Titles = new Dictionary<int, string>
    {
        [1] = "Near-optimal model selection between dense and sparse linear functions",
        [2] = "Selection costs almost nothing in samples",
        [3] = "In-between sparsity is neither class",
        [4] = "Each class of a disjoint linear + sinusoid mixture is learned",
        [5] = "Convex combinations of the classes are not fitted",
        [6] = "Frequencies far outside the pretraining band are not fitted",
    };

    /// <param name="promptSeed">Seed of the test prompts; null: the models' seed. Another value checks the claims on prompts no threshold was set on.</param>
    public static ProfileOutcome Run(ModelSet models, int? promptSeed = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        var profile = models.Profile;
        var seed = models.Seed;
        var prompts = promptSeed ?? seed;
        var sources = models.Sources.ToDictionary(s => s.Key, s => s.Value.ToString());
        var linearThresholds = ClaimThresholds.ModelSelection(profile.Name);
        var sineThresholds = ClaimThresholds.Sine(profile.Name);

        using var linear = ModelSelectionExperiment.Run(profile.Linear, models.LinearModels, profile.TestPrompts, prompts);
        var f1a = ClaimFigures.F1a(linear);
        var f1b = ClaimFigures.F1b(linear);
        var linearConfig = Describe(profile.Linear);
        var results = new List<ClaimResult>
        {
            Result(1, ModelSelectionClaims.NearOptimalSelection(linear, linearThresholds), [f1a, f1b], linearConfig),
            Result(2, ModelSelectionClaims.SelectionCost(linear, linearThresholds), [f1a, f1b], linearConfig),
            Result(3, ModelSelectionClaims.InBetweenSparsity(linear, linearThresholds), [ClaimFigures.F2(linear)], linearConfig),
        };

        using var sine = SineExperiment.Run(profile.Sine, models.Predictor(ExperimentProfile.SineMixtureModel), profile.TestPrompts, prompts);
        var band = profile.Sine.Band;
        var (low, high) = SineExperiment.ExtremeFrequencies(band);
        var sineConfig = Describe(profile.Sine);
        results.Add(Result(4, SineClaims.EachClassLearned(sine, sineThresholds), [ClaimFigures.F3(sine)], sineConfig));
        results.Add(Result(5, SineClaims.CombinationsFail(sine, sineThresholds), [ClaimFigures.F3(sine), ClaimFigures.F4(sine)], sineConfig));
        results.Add(Result(6, SineClaims.ExtremeFrequenciesFail(sine, sineThresholds, low, high), [ClaimFigures.F5(sine, band.Min, band.Max)], sineConfig));
        return new ProfileOutcome(results);

        ClaimResult Result(int claim, IReadOnlyList<ClaimCheck> checks, IReadOnlyList<FigureData> figures, string configuration) =>
            new(claim, Titles[claim], profile.Name, seed, checks, figures, sources, configuration, prompts);
    }

    private static string Describe(object setting) => JsonSerializer.Serialize(setting, Json.Options);
}
