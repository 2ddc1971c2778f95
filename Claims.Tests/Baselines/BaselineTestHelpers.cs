using FluentAssertions;
using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using TorchSharp;
using static TorchSharp.torch;

namespace IclClaims.Claims.Tests.Baselines;

internal static class BaselineTestHelpers
{
    public static Generator Rng(ulong seed) => new(seed);

    /// <summary>Per-prompt squared error [B, N] divided by <paramref name="scale"/>.</summary>
    public static double[,] SquaredErrors(IPredictor predictor, Prompts prompts, double scale = 1)
    {
        using var scope = NewDisposeScope();
        using var pred = predictor.Predict(prompts);
        pred.shape.Should().Equal(prompts.Batch, prompts.Points);
        pred.dtype.Should().Be(ScalarType.Float64);
        var err = ((pred - prompts.Ys).square() / scale).contiguous();
        var flat = err.data<double>().ToArray();
        var result = new double[prompts.Batch, prompts.Points];
        Buffer.BlockCopy(flat, 0, result, 0, flat.Length * sizeof(double));
        return result;
    }

    /// <summary>Mean over prompts at each position.</summary>
    public static double[] MeanCurve(double[,] errors) =>
        Enumerable.Range(0, errors.GetLength(1)).Select(i => Column(errors, i).Average()).ToArray();

    public static (double Mean, double StdErr) MeanAndStdErr(double[,] errors, int position)
    {
        var col = Column(errors, position).ToArray();
        var mean = col.Average();
        var variance = col.Sum(v => (v - mean) * (v - mean)) / (col.Length - 1);
        return (mean, Math.Sqrt(variance / col.Length));
    }

    /// <summary>Mean over prompts and over positions <paramref name="from"/> .. <paramref name="to"/> (inclusive).</summary>
    public static double MeanOver(double[,] errors, int from, int to) =>
        Enumerable.Range(from, to - from + 1).SelectMany(i => Column(errors, i)).Average();

    public static IEnumerable<double> Column(double[,] errors, int position) =>
        Enumerable.Range(0, errors.GetLength(0)).Select(b => errors[b, position]);

    public static double[] ToArray(Tensor t)
    {
        using var c = t.contiguous();
        return c.data<double>().ToArray();
    }

    public static Prompts Hand(double[,] xs, double[] ys)
    {
        var n = xs.GetLength(0);
        var d = xs.GetLength(1);
        var flat = new double[n * d];
        Buffer.BlockCopy(xs, 0, flat, 0, flat.Length * sizeof(double));
        using var x = tensor(flat, [1, n, d], float64);
        using var y = tensor(ys, [1, n], float64);
        return new Prompts(x, y);
    }
}
