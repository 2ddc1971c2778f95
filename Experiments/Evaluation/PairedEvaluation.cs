using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Evaluation;

/// <summary>
/// Every predictor's answers on one shared batch of test prompts. Because the prompts are shared, differences
/// between predictors are computed prompt by prompt (paired), which removes most of the prompt-to-prompt noise.
/// </summary>
public sealed class PairedEvaluation : IDisposable
{
    private readonly Dictionary<string, Tensor> _predictions = new(StringComparer.Ordinal);
    private readonly int _seed;

    public PairedEvaluation(string task, Prompts prompts, double errorScale, IEnumerable<IPredictor> predictors, int seed)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(predictors);
        Task = task;
        Prompts = prompts;
        ErrorScale = errorScale;
        _seed = seed;
        foreach (var p in predictors) Add(p);
    }

    public string Task { get; }
    public Prompts Prompts { get; }
    public double ErrorScale { get; }
    public IEnumerable<string> Predictors => _predictions.Keys;

    public void Add(IPredictor predictor)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        if (_predictions.ContainsKey(predictor.Name)) throw new ArgumentException($"predictor '{predictor.Name}' already evaluated", nameof(predictor));
        using var scope = NewDisposeScope();
        _predictions[predictor.Name] = predictor.Predict(Prompts).DetachFromDisposeScope();
    }

    public Tensor PredictionsOf(string name) =>
        _predictions.TryGetValue(name, out var p) ? p : throw new KeyNotFoundException($"no predictor '{name}' in this evaluation ({string.Join(", ", _predictions.Keys)})");

    /// <summary>Normalised squared error per prompt and position.</summary>
    public Tensor Errors(string name) => (PredictionsOf(name) - Prompts.Ys).square() / ErrorScale;

    public LearningCurve Curve(string name)
    {
        using var scope = NewDisposeScope();
        return CurveEvaluator.Summarise(name, Task, Errors(name), _seed);
    }

    /// <summary>err(a) - err(b), prompt by prompt.</summary>
    public LearningCurve Difference(string a, string b)
    {
        using var scope = NewDisposeScope();
        return CurveEvaluator.Summarise($"{a} - {b}", Task, Errors(a) - Errors(b), _seed);
    }

    /// <summary>Mean squared distance between two predictors' predictions, normalised like the error.</summary>
    public LearningCurve Distance(string a, string b)
    {
        using var scope = NewDisposeScope();
        return CurveEvaluator.Summarise($"{a} vs {b}", Task, (PredictionsOf(a) - PredictionsOf(b)).square() / ErrorScale, _seed);
    }

    /// <summary>Error of <paramref name="name"/> averaged over positions from..to (inclusive): the area under its curve there.</summary>
    public Estimate ErrorOver(string name, int from, int to)
    {
        using var scope = NewDisposeScope();
        return OverPositions(Errors(name), from, to);
    }

    /// <summary>Mean over positions from..to of err(a) - err(b), with a paired standard error.</summary>
    public Estimate DifferenceOver(string a, string b, int from, int to)
    {
        using var scope = NewDisposeScope();
        return OverPositions(Errors(a) - Errors(b), from, to);
    }

    public Estimate DistanceOver(string a, string b, int from, int to)
    {
        using var scope = NewDisposeScope();
        return OverPositions((PredictionsOf(a) - PredictionsOf(b)).square() / ErrorScale, from, to);
    }

    /// <summary>
    /// How much of <paramref name="reference"/>'s gain over <paramref name="baseline"/> <paramref name="candidate"/>
    /// achieves over positions from..to: (err(baseline) - err(candidate)) / (err(baseline) - err(reference)), means over
    /// prompts. Its standard error is the delta method's on the paired per-prompt values, so the denominator's own
    /// noise is counted.
    /// </summary>
    public Estimate ShareOfGainOver(string candidate, string reference, string baseline, int from, int to)
    {
        using var scope = NewDisposeScope();
        CheckWindow(from, to);
        var u = (Errors(baseline) - Errors(candidate)).narrow(1, from, to - from + 1).mean([1]);
        var v = (Errors(baseline) - Errors(reference)).narrow(1, from, to - from + 1).mean([1]);
        var (uMean, vMean) = (u.mean().item<double>(), v.mean().item<double>());
        var ratio = uMean / vMean;
        var n = u.shape[0];
        var se = n > 1 ? (u - ratio * v).std().item<double>() / Math.Sqrt(n) / Math.Abs(vMean) : 0;
        return new Estimate(ratio, se);
    }

    private void CheckWindow(int from, int to)
    {
        if (from < 0 || to >= Prompts.Points || from > to)
            throw new ArgumentOutOfRangeException(nameof(from), $"positions {from}..{to} outside 0..{Prompts.Points - 1}");
    }

    private Estimate OverPositions(Tensor values, int from, int to)
    {
        CheckWindow(from, to);
        var perPrompt = values.narrow(1, from, to - from + 1).mean([1]);
        var n = perPrompt.shape[0];
        return new Estimate(perPrompt.mean().item<double>(), n > 1 ? perPrompt.std().item<double>() / Math.Sqrt(n) : 0);
    }

    public void Dispose()
    {
        foreach (var p in _predictions.Values) p.Dispose();
        _predictions.Clear();
        Prompts.Dispose();
    }
}
