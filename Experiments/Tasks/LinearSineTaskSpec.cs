using System.Text.Json.Serialization;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Tasks;

/// <summary>
/// One-dimensional <c>a w x + (1 - a) sin(omega x + phi)</c> with <c>w ~ N(0, 1)</c>, <c>omega</c> uniform on the
/// band and <c>phi ~ U[0, 2 pi)</c>. <c>a = 1</c> is the linear class, <c>a = 0</c> the sinusoid class.
/// </summary>
public sealed record LinearSineTaskSpec(double LinearWeight, double OmegaMin, double OmegaMax, InputKind Input = InputKind.Gaussian, double InputWidth = 0)
    : TaskSpec
{
    // Declared in the order of the parameters, before Dim and Inputs: the serialised order is part of every model key.
    public double LinearWeight { get; init; } = LinearWeight is >= 0 and <= 1
        ? LinearWeight
        : throw new ArgumentOutOfRangeException(nameof(LinearWeight), LinearWeight, "the linear weight a must lie in [0, 1]");

    public double OmegaMin { get; init; } = OmegaMin;

    public double OmegaMax { get; init; } = new FrequencyBand(OmegaMin, OmegaMax).Validated().Max;

    public InputKind Input { get; init; } = Input;

    public double InputWidth { get; init; } = InputWidth;

    public static LinearSineTaskSpec Linear(InputKind input = InputKind.Gaussian, double inputWidth = 0) => new(1, 1, 1, input, inputWidth);

    public static LinearSineTaskSpec Sine(FrequencyBand band, InputKind input = InputKind.Gaussian, double inputWidth = 0)
    {
        ArgumentNullException.ThrowIfNull(band);
        return new(0, band.Min, band.Max, input, inputWidth);
    }

    public override int Dim => 1;

    public InputDistribution Inputs => Input == InputKind.Gaussian ? InputDistribution.Gaussian : InputDistribution.Uniform(InputWidth);

    [JsonIgnore]
    public FrequencyBand Band => new(OmegaMin, OmegaMax);

    [JsonIgnore]
    public override string Name => LinearWeight switch
    {
        1 => "linear1d",
        0 => $"sine(omega={Band})",
        _ => $"combination(a={LinearWeight:0.##},omega={Band})",
    };

    [JsonIgnore]
    public override double ErrorScale => 1;

    public override Prompts Sample(int batch, int points, Generator generator)
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
        var omega = OmegaMin + (OmegaMax - OmegaMin) * rand([batch, 1], float64, generator: generator);
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
