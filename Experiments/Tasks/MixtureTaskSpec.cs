using System.Text.Json.Serialization;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Tasks;

/// <summary><c>D(F) = sum_i p_i D(F_i)</c>: a weighted mixture of classes, the class drawn afresh for every prompt.</summary>
public sealed record MixtureTaskSpec(IReadOnlyList<WeightedTask> Components) : TaskSpec
{
    public IReadOnlyList<WeightedTask> Components { get; init; } = Validated(Components);

    public override int Dim => Components[0].Task.Dim;

    [JsonIgnore]
    public override string Name => "mixture(" + string.Join(", ", Components.Select(c => $"{c.Weight:0.##} {c.Task.Name}")) + ")";

    /// <summary>Mixed classes are normalised by their own scales before mixing; the mixture reports the weighted mean.</summary>
    [JsonIgnore]
    public override double ErrorScale => Components.Sum(c => c.Weight * c.Task.ErrorScale) / Components.Sum(c => c.Weight);

    public override TaskSpec AtDimension(int dim) => new MixtureTaskSpec(Components.Select(c => c with { Task = c.Task.AtDimension(dim) }).ToList());

    public override Prompts Sample(int batch, int points, Generator generator)
    {
        using var scope = NewDisposeScope();
        var total = Components.Sum(c => c.Weight);
        var cumulative = Components.Select(c => c.Weight / total).ToArray();
        for (var i = 1; i < cumulative.Length; i++) cumulative[i] += cumulative[i - 1];
        var u = rand([batch], float64, generator: generator);
        var choice = zeros([batch], int64);
        for (var i = 0; i < cumulative.Length - 1; i++) choice += (u >= cumulative[i]).to(int64);
        // Every class draws a full batch so the random stream does not depend on the choices; rows are then picked.
        var parts = Components.Select(c => c.Task.Sample(batch, points, generator)).ToList();
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

    public bool Equals(MixtureTaskSpec? other) => other is not null && Components.SequenceEqual(other.Components);

    public override int GetHashCode() => Components.Aggregate(17, (h, c) => HashCode.Combine(h, c));

    private static IReadOnlyList<WeightedTask> Validated(IReadOnlyList<WeightedTask> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (components.Count == 0) throw new ArgumentException("a mixture needs at least one class", nameof(components));
        if (components.Any(c => c.Weight <= 0 || !double.IsFinite(c.Weight)))
            throw new ArgumentException("mixture weights must be positive", nameof(components));
        if (components.Select(c => c.Task.Dim).Distinct().Count() != 1)
            throw new ArgumentException("every class of a mixture must have the same dimension", nameof(components));
        return components;
    }
}

public sealed record WeightedTask(TaskSpec Task, double Weight);
