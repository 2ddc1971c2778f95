using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using IclClaims.Experiments.Baselines;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Evaluation;
using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Tasks;

namespace IclClaims.Experiments.Cli;

/// <summary><c>curve</c>: one learning curve of one predictor on one task, as a table or JSON.</summary>
internal static class CurveCommand
{
    /// <summary>Far above any band the suite uses (the oracle's grid ends at 40); larger values are typos.</summary>
    private const double MaxOmega = 1000;

    private static readonly string[] Tasks = ["dense", "sparse", "mixture", "sine", "linear1d", "combination"];

    public static Command Build(CommonOptions common)
    {
        var task = new Option<string>("--task") { Description = string.Join(" | ", Tasks), Required = true };
        var dim = new Option<int?>("--dim") { Description = "input dimension (default: the profile's)" };
        var sparsity = new Option<int?>("--sparsity") { Description = "non-zeros of sparse tasks (default: the profile's)" };
        var points = new Option<int?>("--points") { Description = "examples per prompt (default: the profile's)" };
        var predictor = new Option<string>("--predictor")
        {
            Description = $"a baseline ({string.Join(", ", BaselineCatalog.Names)}) or a model of the profile ({string.Join(", ", ExperimentProfile.ModelNames)})",
            Required = true,
        };
        var prompts = new Option<int>("--prompts") { Description = "test prompts", DefaultValueFactory = _ => 1000 };
        var omega = new Option<string?>("--omega") { Description = "sinusoid frequency, one value or MIN:MAX (default: the profile's band)" };
        var weight = new Option<double>("--a") { Description = "linear weight a of a combination", DefaultValueFactory = _ => 0.5 };
        var format = new Option<string>("--format") { Description = "table | json", DefaultValueFactory = _ => "table" };
        var overrides = new ConfigOverrides();
        var command = new Command("curve", "Print the in-context learning curve of one predictor on one task.");
        common.AddTo(command, cache: true, prompts: true);
        foreach (var o in new Option[] { task, dim, sparsity, points, predictor, prompts, omega, weight, format }) command.Options.Add(o);
        overrides.AddTo(command);
        command.SetAction(r => CommandLineApp.Guard(() =>
        {
            var profile = common.ResolveProfile(r);
            var seed = common.ResolveSeed(r);
            var fmt = r.GetValue(format)!.ToLowerInvariant();
            if (fmt is not ("table" or "json")) throw new UserInputException($"--format: unknown format '{fmt}'. Allowed values: table, json.");
            var count = r.GetValue(prompts);
            if (count < 2) throw new UserInputException($"--prompts: {count} must be at least 2.");
            var spec = BuildTask(r.GetValue(task)!, profile, r.GetValue(dim), r.GetValue(sparsity), r.GetValue(omega), r.GetValue(weight));
            var n = r.GetValue(points) ?? DefaultPoints(spec, profile);
            if (n < 1) throw new UserInputException($"--points: {n} must be at least 1.");

            var name = r.GetValue(predictor)!.ToLowerInvariant();
            MemoryBudget.Check(count, n, spec, name);
            var device = common.Initialise(r);
            IPredictor p;
            if (ExperimentProfile.ModelNames.Contains(name))
            {
                var config = overrides.Apply(r, profile.Model(name, seed));
                if (config.Model.Dim != spec.Dim)
                    throw new UserInputException($"model '{name}' of profile {profile.Name} takes d = {config.Model.Dim}, but the task has d = {spec.Dim}.");
                if (n > config.Model.MaxPoints)
                    throw new UserInputException($"model '{name}' of profile {profile.Name} takes at most {config.Model.MaxPoints} points; --points is {n}.");
                var progress = new TrainingProgressDisplay();
                var provider = new ModelProvider(common.ResolveCache(r), RepositoryLayout.ModelStore, TrainPolicy.Store, progress, device, CommandLineApp.Interrupt.Token);
                // An override makes an exploration model, which only the cache holds: the store entry of the profile's
                // own model is neither it nor corrupt, and a store-served profile never trains implicitly.
                if (overrides.AnyGiven(r) && profile.Stored && !provider.CacheEntry(config).Exists)
                    throw new UserInputException(
                        $"{overrides.Given(r)}: changes the '{name}' model's key, and the cache holds no model trained with it (the model store keeps only {profile.Name}'s own models); " +
                        $"train it first with: dotnet run --project Experiments -c Release -- train --profile {profile.Name} --model {name} --seed {seed} {overrides.Given(r)}");
                // Cache, then store, then training, which a store-served profile refuses (ModelProvider.Get).
                p = new ModelPredictor(name, progress.Run(() => provider.Get(profile.Name, config)).Model);
                CommandLineApp.StopIfInterrupted();
            }
            else if (BaselineCatalog.Names.Contains(name))
            {
                p = BaselineCatalog.Create(name, spec);
            }
            else
            {
                throw new UserInputException(
                    $"--predictor: unknown predictor '{name}'. Allowed values: the baselines {string.Join(", ", BaselineCatalog.Names)}, " +
                    $"or a model of the profile: {string.Join(", ", ExperimentProfile.ModelNames)}.");
            }

            var functions = spec;
            using var generator = PromptSeed.For(common.ResolvePromptSeed(r) ?? seed, $"curve/{functions.Name}");
            using var batch = functions.Sample(count, n, generator);
            var curve = CurveEvaluator.Evaluate(p, batch, functions.ErrorScale, functions.Name, seed);
            Console.Out.Write(fmt == "json" ? Json(curve) : Table(curve));
            return 0;
        }));
        return command;
    }

    private static TaskSpec BuildTask(string kind, ExperimentProfile profile, int? dim, int? sparsity, string? omega, double a)
    {
        var d = dim ?? profile.Linear.Dim;
        if (d < 1) throw new UserInputException($"--dim: {d} must be at least 1.");
        var k = sparsity ?? Math.Min(profile.Linear.NonZeros, d);
        if (k < 1 || k > d) throw new UserInputException($"--sparsity: k = {k} must lie between 1 and d = {d}.");
        if (a is < 0 or > 1 || double.IsNaN(a)) throw new UserInputException($"--a: {a} must lie in [0, 1].");
        var (lo, hi) = ParseBand(omega, profile.Sine.Band);
        var s = profile.Sine;
        return kind.ToLowerInvariant() switch
        {
            "dense" => LinearTaskSpec.Dense(d),
            "sparse" => new LinearTaskSpec(d, k),
            // The profile's own mixture, at whatever d and k were asked for.
            "mixture" => new MixtureTaskSpec([new WeightedTask(LinearTaskSpec.Dense(d), profile.Linear.MixtureDenseWeight),
                new WeightedTask(new LinearTaskSpec(d, k), 1 - profile.Linear.MixtureDenseWeight)]),
            "linear1d" => s.Linear,
            "sine" => new LinearSineTaskSpec(0, lo, hi, s.Input, s.InputWidth),
            "combination" => new LinearSineTaskSpec(a, lo, hi, s.Input, s.InputWidth),
            _ => throw new UserInputException($"--task: unknown task '{kind}'. Allowed values: {string.Join(", ", Tasks)}."),
        };
    }

    private static (double Min, double Max) ParseBand(string? text, FrequencyBand fallback)
    {
        if (text is null) return (fallback.Min, fallback.Max);
        var parts = text.Split(':');
        if (parts.Length is 1 or 2 && parts.All(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is > 0 and <= MaxOmega))
        {
            var values = parts.Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            if (values[^1] >= values[0]) return (values[0], values[^1]);
        }
        throw new UserInputException($"--omega: '{text}' is not a frequency in (0, {MaxOmega}] or a band MIN:MAX with MIN <= MAX.");
    }

    private static string Json(LearningCurve c) => JsonSerializer.Serialize(new { n = c.N, mean = c.Mean, se = c.StdErr, lo = c.Lower, hi = c.Upper }) + Environment.NewLine;

    private static string Table(LearningCurve c)
    {
        var lines = new List<string> { $"# {c.Predictor} on {c.Task}", "n\tmean\tse\tlo\thi" };
        lines.AddRange(c.N.Select((n, i) => string.Create(CultureInfo.InvariantCulture, $"{n}\t{c.Mean[i]:0.0000}\t{c.StdErr[i]:0.0000}\t{c.Lower[i]:0.0000}\t{c.Upper[i]:0.0000}")));
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    /// <summary>The profile's own prompt length where the task is the profile's; 2d + 1 (the paper's ratio) elsewhere.</summary>
    private static int DefaultPoints(TaskSpec spec, ExperimentProfile profile) =>
        spec.Dim == 1 && profile.Sine.Points > 0 && spec is not LinearTaskSpec ? profile.Sine.Points
        : spec.Dim == profile.Linear.Dim ? profile.Linear.Points
        : 2 * spec.Dim + 1;
}
