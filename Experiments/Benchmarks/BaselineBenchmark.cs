using IclClaims.Experiments.Baselines;
using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Benchmarks;

/// <summary>One timed baseline: which, on what, and how long one <c>Predict</c> call on the whole batch took.</summary>
public sealed record BaselineTiming(string Baseline, string Task, int Prompts, int Points, double Seconds)
{
    /// <summary>Microseconds per (prompt, prefix) problem: every prefix of every prompt is one fit.</summary>
    public double MicrosecondsPerProblem => Seconds * 1e6 / ((double)Prompts * Points);
}

/// <summary>Times the baselines of <see cref="BaselineCatalog"/> on the paper's evaluation size.</summary>
public static class BaselineBenchmark
{
    /// <summary>
    /// Every baseline the catalogue compares with linear tasks (dense, sparse, dense/sparse mixture; "bayes" once per
    /// prior), and the class-agnostic references, each reported to <paramref name="done"/> as it finishes, on <paramref name="prompts"/> prompts of <paramref name="points"/>
    /// points in <paramref name="dim"/> dimensions with <paramref name="nonZeros"/> non-zeros.
    /// </summary>
    public static IReadOnlyList<BaselineTiming> Linear(int dim, int nonZeros, int prompts, int points, int seed, Action<BaselineTiming>? done = null)
    {
        var tasks = new (BaselineTaskKind Kind, TaskSpec Spec)[]
        {
            (BaselineTaskKind.Dense, LinearTaskSpec.Dense(dim)),
            (BaselineTaskKind.Sparse, new LinearTaskSpec(dim, nonZeros)),
            (BaselineTaskKind.DenseSparseMixture,
                new MixtureTaskSpec([new WeightedTask(LinearTaskSpec.Dense(dim), 0.5), new WeightedTask(new LinearTaskSpec(dim, nonZeros), 0.5)])),
        };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<BaselineTiming>();
        foreach (var (kind, spec) in tasks)
        {
            var names = BaselineCatalog.Comparisons[kind].AsEnumerable();
            if (kind == BaselineTaskKind.Dense) names = names.Concat(BaselineCatalog.References);
            foreach (var name in names)
            {
                var predictor = BaselineCatalog.Create(name, spec);
                // "bayes" is a different predictor for every prior; the other names are timed once.
                var label = name == BaselineCatalog.BayesName ? $"{name} ({kind} prior)" : name;
                if (!seen.Add(label)) continue;
                results.Add(Time(label, predictor, spec, prompts, points, seed, done));
            }
        }
        return results;
    }

    /// <summary>The sinusoid oracle on sinusoids and the family fit on convex combinations (a = 0.5), one-dimensional.</summary>
    public static IReadOnlyList<BaselineTiming> Sine(FrequencyBand band, int prompts, int points, int seed, Action<BaselineTiming>? done = null)
    {
        ArgumentNullException.ThrowIfNull(band);
        var sine = new LinearSineTaskSpec(0, band.Min, band.Max);
        var combination = new LinearSineTaskSpec(0.5, band.Min, band.Max);
        return
        [
            Time(BaselineCatalog.SineOracleName, BaselineCatalog.Create(BaselineCatalog.SineOracleName, sine), sine, prompts, points, seed, done),
            Time(BaselineCatalog.FamilyFitName, BaselineCatalog.Create(BaselineCatalog.FamilyFitName, combination), combination, prompts, points, seed, done),
        ];
    }

    private static BaselineTiming Time(string label, IPredictor predictor, TaskSpec spec, int prompts, int points, int seed, Action<BaselineTiming>? done)
    {
        var functions = spec;
        using var g = new Generator((ulong)seed);
        using var batch = functions.Sample(prompts, points, g);
        using var small = functions.Sample(Math.Min(prompts, 8), points, g);
        // The slow baselines take seconds per call: time them once after a warm-up on a few prompts; repeat the fast ones.
        var seconds = Stopwatches.Median(() =>
        {
            using var scope = NewDisposeScope();
            predictor.Predict(batch);
        }, minRuns: 1, maxRuns: 5, minSeconds: 1, warmup: () =>
        {
            using var scope = NewDisposeScope();
            predictor.Predict(small);
        });
        var timing = new BaselineTiming(label, functions.Name, prompts, points, seconds);
        done?.Invoke(timing);
        return timing;
    }
}
