using static TorchSharp.torch;

namespace IclClaims.Experiments.Tasks;

/// <summary>How the inputs x are drawn: standard normal (the paper's) or uniform on [-Width, Width].</summary>
public sealed record InputDistribution(InputKind Kind, double Width = 0)
{
    public static InputDistribution Gaussian { get; } = new(InputKind.Gaussian);

    public static InputDistribution Uniform(double width) => new(InputKind.Uniform, width);

    public Tensor Sample(long[] shape, Generator generator) => Kind switch
    {
        InputKind.Gaussian => randn(shape, float64, generator: generator),
        InputKind.Uniform => (rand(shape, float64, generator: generator) * 2 - 1) * Width,
        _ => throw new InvalidOperationException($"unknown input kind {Kind}"),
    };
}

public enum InputKind
{
    Gaussian,
    Uniform,
}
