using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Evaluation;
using IclClaims.Experiments.Model;
using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Tasks;

namespace IclClaims.Experiments.Claims;

/// <summary>
/// What a long training's milestones are scored by: each model's area under its held-out curve on its classes, and
/// claims 1-3 at a budget where the dense and sparse specialists and the mixture all have weights.
/// </summary>
public static class MilestoneScores
{
    /// <summary>The classes a model is scored on: its own; the mixture's are both.</summary>
    public static IReadOnlyList<LinearTaskSpec> TasksOf(string model, ExperimentProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return model switch
        {
            ExperimentProfile.DenseModel => [profile.Linear.Dense],
            ExperimentProfile.MixtureModel => [profile.Linear.Dense, profile.Linear.Sparse],
            _ => [profile.Linear.Sparse],
        };
    }

    /// <summary>The normalised error averaged over n = 1..points-1 on <paramref name="count"/> fresh prompts of <paramref name="task"/>.</summary>
    public static double Area(string model, IclTransformer weights, LinearTaskSpec task, int count, int points, int seed)
    {
        ArgumentNullException.ThrowIfNull(task);
        // Fresh prompts: a stream of their own, not the claims' test prompts.
        using var generator = PromptSeed.For(seed, $"milestones/{task.Name}");
        using var sampled = task.Sample(count, points, generator);
        var curve = CurveEvaluator.Evaluate(new ModelPredictor(model, weights), sampled, task.ErrorScale, task.Name, seed, resamples: 1);
        return curve.Mean.Skip(1).Average();
    }

    /// <summary>
    /// Claims 1-3 on the three linear models' milestones at one budget, on <paramref name="counts"/> test prompts; none
    /// where a model has no milestone at that budget.
    /// </summary>
    public static IReadOnlyList<ClaimResult> ClaimsAt(ExperimentProfile profile, int seed, TestPromptCounts counts, IReadOnlyList<Milestone> milestones, int budget)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(milestones);
        var found = ModelSet.ModelsOf(ClaimSetting.Linear)
            .Select(m => milestones.FirstOrDefault(s => s.Model == m && s.Budget(profile) == budget)).ToList();
        if (found.Any(f => f is null)) return [];
        var models = found.ToDictionary(f => f!.Model, f => f!.Load(profile, seed));
        using var set = ModelSet.FromModels(profile with { TestPrompts = counts }, seed, models, ModelSource.Milestone);
        return ClaimsRunner.RunSetting(set, ClaimSetting.Linear);
    }
}
