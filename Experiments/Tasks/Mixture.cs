using static TorchSharp.torch;

namespace IclClaims.Experiments.Tasks;

/// <summary><c>D(F) = sum_i p_i D(F_i)</c>: the class is drawn afresh for every prompt.</summary>
public sealed class Mixture : IFunctionClass
{
    private readonly double[] _cumulative;

    public Mixture(IReadOnlyList<(IFunctionClass Class, double Weight)> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (components.Count == 0) throw new ArgumentException("a mixture needs at least one class", nameof(components));
        if (components.Any(c => c.Weight <= 0 || !double.IsFinite(c.Weight)))
            throw new ArgumentException("mixture weights must be positive", nameof(components));
        if (components.Select(c => c.Class.Dim).Distinct().Count() != 1)
            throw new ArgumentException("every class of a mixture must have the same dimension", nameof(components));
        Components = components;
        var total = components.Sum(c => c.Weight);
        _cumulative = components.Select(c => c.Weight / total).ToArray();
        for (var i = 1; i < _cumulative.Length; i++) _cumulative[i] += _cumulative[i - 1];
    }

    public IReadOnlyList<(IFunctionClass Class, double Weight)> Components { get; }
    public int Dim => Components[0].Class.Dim;
    public string Name => "mixture(" + string.Join(", ", Components.Select(c => $"{c.Weight:0.##} {c.Class.Name}")) + ")";

    /// <summary>Mixed classes are normalised by their own scales before mixing; the mixture reports the weighted mean.</summary>
    public double ErrorScale => Components.Sum(c => c.Weight * c.Class.ErrorScale) / Components.Sum(c => c.Weight);

    public Prompts Sample(int batch, int points, Generator generator)
    {
        using var scope = NewDisposeScope();
        var u = rand([batch], float64, generator: generator);
        var choice = zeros([batch], int64);
        for (var i = 0; i < _cumulative.Length - 1; i++) choice += (u >= _cumulative[i]).to(int64);
        // Every class draws a full batch so the random stream does not depend on the choices; rows are then picked.
        var parts = Components.Select(c => c.Class.Sample(batch, points, generator)).ToList();
        try
        {
            var xs = parts[0].Xs.clone();
            var ys = parts[0].Ys.clone();
            Tensor? support = parts.All(p => p.Support is not null) ? parts[0].Support!.clone() : null;
            for (var i = 1; i < parts.Count; i++)
            {
                var rows = choice == i;
                xs = where(rows.view(-1, 1, 1), parts[i].Xs, xs);
                ys = where(rows.view(-1, 1), parts[i].Ys, ys);
                if (support is not null) support = where(rows.view(-1, 1), parts[i].Support!, support);
            }
            return new Prompts(xs, ys, support);
        }
        finally
        {
            foreach (var p in parts) p.Dispose();
        }
    }
}
