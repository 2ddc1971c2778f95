using IclClaims.Experiments.Baselines;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Evaluation;
using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Claims;

/// <summary>Runs the linear + sinusoid mixture model and the family fits on shared test prompts (claims 4–6).</summary>
public static class SineExperiment
{
    /// <summary>Mixing weights a of <c>a f_lin + (1 - a) f_sin</c> swept for claim 5.</summary>
    public static IReadOnlyList<double> Weights { get; } = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1];

    /// <summary>Frequencies swept for claim 6, as multiples of the band's ends: 4x below to 4x above.</summary>
    public static IReadOnlyList<double> FrequencyGrid(FrequencyBand band)
    {
        ArgumentNullException.ThrowIfNull(band);
        var low = new[] { 0.25, 1 / 3.0, 0.5, 0.75 }.Select(f => f * band.Min);
        var inside = Enumerable.Range(0, 5).Select(i => band.Min + (band.Max - band.Min) * i / 4);
        var high = new[] { 1.5, 2, 3, 4 }.Select(f => f * band.Max);
        return low.Concat(inside).Concat(high).Select(w => Math.Round(w, 6)).Distinct().ToList();
    }

    /// <summary>The very low and very high frequencies of claim 6: 4x below and 3x above the band.</summary>
    public static (double Low, double High) ExtremeFrequencies(FrequencyBand band)
    {
        ArgumentNullException.ThrowIfNull(band);
        return (Math.Round(0.25 * band.Min, 6), Math.Round(3 * band.Max, 6));
    }

    public static SineMeasurements Run(SineSetting setting, IPredictor mixtureModel, int prompts, int seed)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(mixtureModel);
        if (mixtureModel.Name != SineMeasurements.Model)
            throw new ArgumentException($"the claims know the sinusoid model as '{SineMeasurements.Model}', not '{mixtureModel.Name}'", nameof(mixtureModel));
        var model = mixtureModel;
        var leastSquares = new LeastSquares();
        var oracle = new SinusoidOracle();
        var family = new LinearSineFamilyFit();
        var points = setting.Points;

        var linear = Evaluate(setting.Linear, "linear", [model, leastSquares, family], prompts, points, seed);
        var sine = Evaluate(setting.Sine, "sine", [model, oracle, family], prompts, points, seed);
        var combinations = Weights.Select(a => (a, Evaluate(setting.Combination(a), $"a={a}", [model, family], prompts, points, seed))).ToList();
        var frequencies = FrequencyGrid(setting.Band)
            .Select(w => (w, Evaluate(setting.SineAt(w), $"omega={w}", [model, oracle], prompts, points, seed))).ToList();

        var (low, high) = ExtremeFrequencies(setting.Band);
        var context = Math.Max(2, points / 2);
        var functions = new List<FunctionSample>
        {
            OneFunction("linear", setting.Linear, model, context),
            OneFunction($"sinusoid, omega in {setting.Band}", setting.Sine, model, context),
            OneFunction("0.5 linear + 0.5 sinusoid", setting.Combination(0.5), model, context),
            OneFunction($"sinusoid, omega = {low:0.###} (below band)", setting.SineAt(low), model, context),
            OneFunction($"sinusoid, omega = {high:0.###} (above band)", setting.SineAt(high), model, context),
        };
        // Both family fits need a handful of points to pin down frequency, phase and amplitude; later positions judge the models.
        var window = (Math.Min(points - 1, 8), points - 1);
        return new SineMeasurements(linear, sine, combinations, frequencies, functions, window);
    }

    private static PairedEvaluation Evaluate(LinearSineTaskSpec spec, string purpose, IEnumerable<IPredictor> predictors, int prompts, int points, int seed)
    {
        var task = spec;
        using var generator = PromptSeed.For(seed, $"sine/{purpose}");
        return new PairedEvaluation(task.Name, task.Sample(prompts, points, generator), task.ErrorScale, predictors, seed);
    }

    /// <summary>
    /// One function drawn from <paramref name="spec"/>: <paramref name="context"/> points as context, and the model's
    /// prediction at every x of a grid, each grid point asked as the query after the same context.
    /// </summary>
    private const int PlotSeed = 0;

    private static FunctionSample OneFunction(string title, LinearSineTaskSpec spec, IPredictor model, int context)
    {
        const int gridSize = 121;
        using var scope = NewDisposeScope();
        // The plotted function and its context come from a fixed stream, the same at every run seed, so the figures of
        // two seeds differ only in the model's curve and remain comparable point by point.
        using var generator = PromptSeed.For(PlotSeed, $"plot/{title}");
        var task = spec;
        var f = task.Draw(1, generator);
        var contextX = task.Inputs.Sample([1, context], generator);
        var contextY = f.Evaluate(contextX);
        var grid = linspace(-3, 3, gridSize, dtype: float64).view(1, gridSize);
        var truth = f.Evaluate(grid).view(gridSize);
        var xs = cat([contextX.expand(gridSize, context), grid.view(gridSize, 1)], 1).unsqueeze(-1);
        var ys = cat([contextY.expand(gridSize, context), truth.view(gridSize, 1)], 1);
        using var queries = new Prompts(xs, ys);
        var predicted = model.Predict(queries)[.., context];
        return new FunctionSample(title,
            contextX.view(-1).data<double>().ToArray(), contextY.view(-1).data<double>().ToArray(),
            grid.view(-1).data<double>().ToArray(), truth.data<double>().ToArray(), predicted.data<double>().ToArray(), model.Name);
    }
}
