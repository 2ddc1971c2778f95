using System.Diagnostics;
using IclClaims.Experiments.Baselines;
using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static IclClaims.Claims.Tests.Baselines.BaselineTestHelpers;

namespace IclClaims.Claims.Tests.Baselines;

/// <summary>Timings, not a claim: run by hand with <c>--filter FullyQualifiedName~BaselineBenchmark</c>.</summary>
public class BaselineBenchmarkTests
{
    [Fact(Explicit = true)]
    public void Benchmark_baselines_on_1000_prompts_of_41_points_at_d_20()
    {
        const int d = 20, k = 2, batch = 1000, points = 41;
        using var sparse = new LinearTaskSpec(d, k).Sample(batch, points, Rng(1));
        using var oneD = LinearSineTaskSpec.Sine(new FrequencyBand(1, 3)).Sample(batch, points, Rng(2));
        var linear = new (IPredictor Predictor, Prompts Prompts)[]
        {
            (new ZeroPredictor(), sparse),
            (new AveragingPredictor(), sparse),
            (new NearestNeighbours(), sparse),
            (new LeastSquares(), sparse),
            (new Ridge(0.01), sparse),
            (new OracleLeastSquares(), sparse),
            (new Lasso(), sparse),
            (BayesLinearPredictor.Dense(d), sparse),
            (BayesLinearPredictor.Sparse(d, k), sparse),
            (BayesLinearPredictor.DenseSparseMixture(d, k, 0.5), sparse),
            (new SinusoidOracle(), oneD),
            (new LinearSineFamilyFit(), oneD),
        };
        var output = TestContext.Current.TestOutputHelper;
        foreach (var (predictor, prompts) in linear)
        {
            var watch = Stopwatch.StartNew();
            var errors = SquaredErrors(predictor, prompts, prompts.Dim == 1 ? 1 : k);
            watch.Stop();
            var extra = predictor is Lasso lasso ? $" ({lasso.LastSweeps} sweeps)" : "";
            var line = $"{predictor.Name,-36} {watch.Elapsed.TotalSeconds,8:0.000} s{extra}  error at n=5,10,20,40: " +
                string.Join(" ", new[] { 5, 10, 20, 40 }.Select(n => MeanAndStdErr(errors, n).Mean.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)));
            output?.WriteLine(line);
            Console.Error.WriteLine(line);
        }
    }
}
