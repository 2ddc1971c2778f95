using static TorchSharp.torch;

namespace IclClaims.Experiments.Tasks;

/// <summary>
/// One-dimensional <c>f(x) = a w x + (1 - a) sin(omega x + phi)</c>, <c>w ~ N(0, 1)</c>, <c>omega</c> from a band,
/// <c>phi ~ U[0, 2 pi)</c>. <c>a = 1</c> is the linear class, <c>a = 0</c> the sinusoid class.
/// </summary>
public sealed class LinearSineCombination : IFunctionClass
{
    public LinearSineCombination(double linearWeight, FrequencyBand band, InputDistribution inputs)
    {
        ArgumentNullException.ThrowIfNull(band);
        ArgumentNullException.ThrowIfNull(inputs);
        if (!(linearWeight >= 0 && linearWeight <= 1))
            throw new ArgumentOutOfRangeException(nameof(linearWeight), linearWeight, "the linear weight a must lie in [0, 1]");
        band.Validate();
        LinearWeight = linearWeight;
        Band = band;
        Inputs = inputs;
    }

    public static LinearSineCombination Linear(InputDistribution inputs) => new(1, FrequencyBand.At(1), inputs);

    public static LinearSineCombination Sine(FrequencyBand band, InputDistribution inputs) => new(0, band, inputs);

    public double LinearWeight { get; }
    public FrequencyBand Band { get; }
    public InputDistribution Inputs { get; }
    public int Dim => 1;
    public double ErrorScale => 1;

    public string Name => LinearWeight switch
    {
        1 => "linear1d",
        0 => $"sine(omega={Band})",
        _ => $"combination(a={LinearWeight:0.##},omega={Band})",
    };

    public Prompts Sample(int batch, int points, Generator generator)
    {
        using var scope = NewDisposeScope();
        var xs = Inputs.Sample([batch, points, 1], generator);
        var f = Draw(batch, generator);
        return new Prompts(xs, f.Evaluate(xs.squeeze(-1)));
    }

    /// <summary>Draws <paramref name="batch"/> functions, to be evaluated at any inputs (function plots need a grid).</summary>
    public DrawnFunctions Draw(int batch, Generator generator)
    {
        var w = randn([batch, 1], float64, generator: generator);
        var omega = Band.Min + (Band.Max - Band.Min) * rand([batch, 1], float64, generator: generator);
        var phi = 2 * Math.PI * rand([batch, 1], float64, generator: generator);
        return new DrawnFunctions(LinearWeight, w, omega, phi);
    }
}

/// <summary>Parameters of drawn functions <c>a w x + (1 - a) sin(omega x + phi)</c>, one row per function.</summary>
public sealed record DrawnFunctions(double LinearWeight, Tensor W, Tensor Omega, Tensor Phi)
{
    /// <summary>Values at x [batch, points].</summary>
    public Tensor Evaluate(Tensor x) => LinearWeight * (W * x) + (1 - LinearWeight) * sin(Omega * x + Phi);
}
