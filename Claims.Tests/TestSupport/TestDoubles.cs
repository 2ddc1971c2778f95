using IclClaims.Experiments.Model;
using IclClaims.Experiments.Tasks;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.TestSupport;

/// <summary>Tiny trainings that take well under a second on one thread.</summary>
internal static class TinyTraining
{
    public static TrainingConfig Linear(int steps = 20, int seed = 5, string name = "tiny") => new(
        name,
        new MixtureTaskSpec([new WeightedTask(LinearTaskSpec.Dense(3), 0.5), new WeightedTask(new LinearTaskSpec(3, 1), 0.5)]),
        new TransformerConfig(Dim: 3, MaxPoints: 7, Layers: 1, Heads: 2, Width: 16),
        new OptimiserConfig(3e-3, WarmupSteps: 5, FinalFraction: 0.1, GradientClip: 1, Batch: 16),
        steps,
        seed);
}

/// <summary>
/// Models built in tests: seeded, and under the trainers' lock, because construction draws from torch's global
/// generator and a draw beside a training (a claim fixture running in parallel) would change its initial weights.
/// </summary>
internal static class Models
{
    public static IclTransformer Create(TransformerConfig config, int seed = 0)
    {
        lock (Trainer.InitialisationGate)
        {
            TorchSharp.torch.random.manual_seed(seed);
            return new IclTransformer(config);
        }
    }
}

/// <summary>Records what a training or provider reports.</summary>
internal sealed class RecordingProgress : ITrainingProgress
{
    private readonly List<string> _messages = [];
    private readonly List<TrainingProgress> _reports = [];

    public IReadOnlyList<string> Messages { get { lock (_messages) return _messages.ToList(); } }
    public IReadOnlyList<TrainingProgress> Reports { get { lock (_reports) return _reports.ToList(); } }

    public void Report(TrainingProgress progress)
    {
        lock (_reports) _reports.Add(progress);
    }

    public void Message(string text)
    {
        lock (_messages) _messages.Add(text);
        TestContext.Current.TestOutputHelper?.WriteLine(text);
    }
}

/// <summary>A fresh folder per test, removed afterwards.</summary>
internal sealed class ScratchDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "iclclaims-engine-" + Guid.NewGuid().ToString("N"));

    public ScratchDirectory() => Directory.CreateDirectory(Path);

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}

/// <summary>Bitwise comparison of tensors (TorchSharp's Tensor.equal is element-wise).</summary>
internal static class Bits
{
    public static bool Same(TorchSharp.torch.Tensor a, TorchSharp.torch.Tensor b) =>
        a.shape.SequenceEqual(b.shape) && a.dtype == b.dtype && a.eq(b).all().item<bool>();
}
