using System.CommandLine;
using IclClaims.Experiments.Benchmarks;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Training;
using static IclClaims.Experiments.Benchmarks.TextTable;

namespace IclClaims.Experiments.Cli;

/// <summary>
/// <c>bench</c>: how fast this machine trains and evaluates. It reports (a) the training-step time of the profile's
/// dense linear model at 1 and 2 torch threads (and at --threads), and with two trainings side by side at one
/// thread each; (b) the estimated FLOPs of a step (<see cref="StepFlops"/>) and the achieved GFLOP/s as a fraction of
/// a 2048 x 2048 float32 matrix product measured in the same run; (c) the time of the linear baselines on 1000 (--prompts)
/// prompts x 41 points at d = 20, k = 2, and of the sinusoid oracle and family fit on 1000 x 41 one-dimensional prompts.
/// </summary>
/// <remarks>
/// Timed with Stopwatch medians rather than BenchmarkDotNet: BenchmarkDotNet's separate processes, pilot stages and
/// dozens of iterations per case would turn multi-second trainings and baselines into many minutes on two busy cores,
/// and it cannot express "two trainings side by side". The quantities here are milliseconds to seconds long, so
/// timer resolution and JIT warm-up (handled by untimed warm-up runs) are not the limiting error; machine load is,
/// and the report says so.
/// </remarks>
internal static class BenchCommand
{
    private const int BaselinePoints = 41;
    private const int BaselineDim = 20;
    private const int BaselineNonZeros = 2;

    public static Command Build(CommonOptions common)
    {
        var steps = new Option<int>("--steps")
        {
            Description = $"timed training steps per measurement, after {TrainingStepBenchmark.WarmupSteps} warm-up steps",
            DefaultValueFactory = _ => 50,
        };
        var prompts = new Option<int>("--prompts") { Description = "prompts per baseline timing", DefaultValueFactory = _ => 1000 };
        var command = new Command("bench", "Measure training-step time, achieved GFLOP/s and baseline run times on this machine.");
        common.AddTo(command);
        command.Options.Add(steps);
        command.Options.Add(prompts);
        command.SetAction(r => CommandLineApp.Guard(() =>
        {
            var profile = common.ResolveProfile(r);
            var seed = common.ResolveSeed(r);
            var timed = r.GetValue(steps);
            if (timed < 1) throw new UserInputException($"--steps: {timed} must be at least 1.");
            var count = r.GetValue(prompts);
            if (count < 1) throw new UserInputException($"--prompts: {count} must be at least 1.");
            var bytes = MemoryBudget.EvaluationBytes(count, BaselinePoints, BaselineDim);
            if (bytes > MemoryBudget.LimitBytes)
                throw new UserInputException(FormattableString.Invariant(
                    $"--prompts: {count} prompts of {BaselinePoints} points at d = {BaselineDim} need about {bytes / (1L << 30):0.#} GiB for the linear baselines; the limit is {MemoryBudget.LimitBytes >> 30} GiB: use fewer prompts."));
            var device = common.Initialise(r);
            if (device.type != TorchSharp.DeviceType.CPU) throw new UserInputException("bench: only --device cpu is measured.");
            var requested = r.GetValue(common.Threads);
            var threads = requested > 0 ? requested : Environment.ProcessorCount;
            Run(profile, seed, timed, count, threads);
            return 0;
        }));
        return command;
    }

    private static void Run(ExperimentProfile profile, int seed, int steps, int prompts, int threads)
    {
        static void Log(string text) => Console.Error.WriteLine(text);
        var loadAtStart = LoadAverage();
        var config = profile.Model(ExperimentProfile.DenseModel, seed);
        var (batch, points) = (config.Optimiser.Batch, Curriculum.At(config.Steps - 1, config).Points);
        var flops = StepFlops.For(config.Model, batch, points);
        var sweep = new[] { 1, 2, threads }.Distinct().Order().ToArray();

        // (a) + (b): one training at each thread count, with the matrix-product reference at the same count.
        var matmul = new Dictionary<int, double>();
        var single = new Dictionary<int, double>();
        foreach (var t in sweep)
        {
            TorchRuntime.Initialise(t);
            Log($"{t} thread(s): 2048 x 2048 matmul");
            matmul[t] = MatmulBenchmark.GigaFlopsPerSecond();
            Log($"{t} thread(s): {TrainingStepBenchmark.WarmupSteps} + {steps} training steps");
            single[t] = TrainingStepBenchmark.SecondsPerStep(config, steps);
        }
        TorchRuntime.Initialise(1);
        // Without native bf16 libtorch emulates it, far too slowly for 2048^3: one 512^3 product against float32's.
        var native = ProcessorFeatures.Current.NativeBf16;
        var bf16Size = native ? MatmulBenchmark.Size : 512;
        Log($"1 thread: {bf16Size} x {bf16Size} bfloat16 matmul{(native ? "" : " (emulated here: one product)")}");
        var bf16Matmul = MatmulBenchmark.GigaFlopsPerSecond(TorchSharp.torch.ScalarType.BFloat16, bf16Size, once: !native);
        var fp32Same = native ? matmul[1] : MatmulBenchmark.GigaFlopsPerSecond(TorchSharp.torch.ScalarType.Float32, bf16Size, once: true);
        Log($"two trainings side by side at 1 thread each: {TrainingStepBenchmark.WarmupSteps} + {steps} steps each");
        var pair = new[] { seed, seed + 1 }
            .Select(s => Task.Run(() => TrainingStepBenchmark.SecondsPerStep(config.WithSeed(s), steps)))
            .ToArray();
        Task.WaitAll(pair);
        var pairSeconds = pair.Select(p => p.Result).ToArray();

        var m = config.Model;
        var o = Console.Out;
        o.WriteLine($"Training step: {profile.Name} '{config.Name}' model ({m.Layers} layers, {m.Heads} heads, width {m.Width}, d = {m.Dim}), " +
                    $"batch {batch} x {points} points; {steps} timed steps after {TrainingStepBenchmark.WarmupSteps} warm-up steps.");
        o.WriteLine(FormattableString.Invariant(
            $"FLOPs/step = 3 x (2 P B T + 4 L B T^2 W), P = {flops.MultiplyingParameters:N0} parameters (all but the position table), B = {batch}, T = {flops.TokensPerPrompt} tokens, L = {m.Layers}, W = {m.Width}"));
        o.WriteLine(FormattableString.Invariant(
            $"           = {flops.Step / 1e9:0.000} GFLOP (dense {3 * flops.DenseForward / 1e9:0.000}, attention {3 * flops.AttentionForward / 1e9:0.000}); backward = 2 x forward; elementwise work (LayerNorm, GELU, softmax, Adam) left out."));
        o.WriteLine();
        var peak = ProcessorFeatures.Current.PeakFp32GflopsPerCore;
        string OfPeak(double gflops, int cores) => peak is { } p ? Number(gflops / (p * cores), "0%") : "unknown";
        var table = new TextTable(1, "setting", "threads", "ms/step", "steps/s", "GFLOP/s", "matmul GFLOP/s", "of matmul", "of peak");
        foreach (var t in sweep)
        {
            var gflops = flops.Step / single[t] / 1e9;
            table.Add("one training", $"{t}", Number(1e3 * single[t], "0.0"), Number(1 / single[t], "0.0"), Number(gflops, "0.0"),
                Number(matmul[t], "0.0"), Number(gflops / matmul[t], "0%"), OfPeak(gflops, t));
        }
        var aggregate = pairSeconds.Sum(s => 1 / s);
        var pairGflops = flops.Step * aggregate / 1e9;
        var reference = matmul[2];
        table.Add("two side by side (each)", "1 + 1", Number(1e3 * pairSeconds.Average(), "0.0"), Number(aggregate / 2, "0.0"),
            Number(pairGflops / 2, "0.0"), "", "", OfPeak(pairGflops / 2, 1));
        table.Add("two side by side (sum)", "1 + 1", "", Number(aggregate, "0.0"), Number(pairGflops, "0.0"), Number(reference, "0.0"),
            Number(pairGflops / reference, "0%"), OfPeak(pairGflops, 2));
        o.Write(table.ToString());
        o.WriteLine(FormattableString.Invariant(
            $"  two trainings side by side: {aggregate * single[2]:0.00} x the steps/s of one training on 2 threads, {aggregate * single[1]:0.00} x one on 1 thread."));
        o.WriteLine(FormattableString.Invariant(
            $"  bfloat16: a {bf16Size}^3 product at 1 thread runs at {bf16Matmul:0.0} GFLOP/s, {bf16Matmul / fp32Same:0.00} x float32's {fp32Same:0.0}."));
        o.WriteLine($"  processor: {ProcessorFeatures.Current.Model}; training precision: {ProcessorFeatures.Current.TrainingPrecision}.");
        var f = ProcessorFeatures.Current;
        o.WriteLine(peak is { } pk
            ? FormattableString.Invariant($"  fp32 peak per core: 2 FMA pipes x {f.VectorFloats} lanes x {(f.Fma ? 2 : 1)} flops x {f.Megahertz:0} MHz = {pk:0.0} GFLOP/s (the pipe count is assumed; the flags cannot show it); the 2048^2 matmul reaches {matmul[1] / pk:0%} of it at 1 thread.")
            : "  fp32 peak per core: unknown (no clock in /proc/cpuinfo).");
        o.WriteLine($"  {NativeAllocator.KeepFreedMemory()}.");
        o.WriteLine();
        o.Flush();

        // (c): baselines at the requested thread count, each row printed as it finishes (the Lasso takes minutes).
        TorchRuntime.Initialise(threads);
        o.WriteLine($"Baselines: one Predict call on all prompts (every prefix of every prompt is one fit), {threads} torch thread(s); median of up to 5 calls when fast.");
        o.WriteLine($"  {"baseline",-34}  {"prompts x points",16}  {"seconds",9}  {"us/fit",9}  task");
        o.WriteLine($"  {new string('-', 34)}  {new string('-', 16)}  {new string('-', 9)}  {new string('-', 9)}  {new string('-', 4)}");
        void Row(BaselineTiming b)
        {
            o.WriteLine(FormattableString.Invariant($"  {b.Baseline,-34}  {$"{b.Prompts} x {b.Points}",16}  {b.Seconds,9:0.000}  {b.MicrosecondsPerProblem,9:0.0}  {b.Task}"));
            o.Flush();
        }
        BaselineBenchmark.Linear(BaselineDim, BaselineNonZeros, prompts, BaselinePoints, seed, Row);
        BaselineBenchmark.Sine(profile.Sine.Band, prompts, BaselinePoints, seed, Row);
        o.WriteLine();
        o.WriteLine($"Machine: {Environment.ProcessorCount} cores; load average {loadAtStart} at the start, {LoadAverage()} at the end (other work on the machine slows every number above).");
    }

    private static string LoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(" ", text.Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }
}
