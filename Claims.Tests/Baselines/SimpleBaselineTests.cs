using FluentAssertions;
using IclClaims.Experiments.Baselines;
using IclClaims.Experiments.Predictors;
using IclClaims.Experiments.Tasks;
using static IclClaims.Claims.Tests.Baselines.BaselineTestHelpers;
using static TorchSharp.torch;

namespace IclClaims.Claims.Tests.Baselines;

public class SimpleBaselineTests
{
    [Fact]
    public void Nearest_neighbours_average_the_k_closest_previous_examples()
    {
        // x: 0, 1, 3, 10, 2.2; y: 1..5. i = 3 (x = 10) has only three predecessors; i = 4 (x = 2.2): x = 3, 1, 0 at
        // distances 0.8, 1.2, 2.2, ahead of x = 10.
        using var prompts = Hand(new double[,] { { 0 }, { 1 }, { 3 }, { 10 }, { 2.2 } }, [1, 2, 3, 4, 5]);
        using var pred = new NearestNeighbours(3).Predict(prompts);
        ToArray(pred).Should().Equal([0, 1, 1.5, 2, 2], (a, e) => Math.Abs(a - e) < 1e-12);
        using var one = new NearestNeighbours(1).Predict(prompts);
        ToArray(one).Should().Equal([0, 1, 2, 3, 3], (a, e) => Math.Abs(a - e) < 1e-12, "k = 1 takes the single closest");
    }

    [Fact]
    public void Averaging_uses_the_mean_of_y_x_over_the_prefix()
    {
        using var prompts = Hand(new double[,] { { 1, 0 }, { 0, 2 }, { 1, 1 } }, [3, 4, 5]);
        using var pred = new AveragingPredictor().Predict(prompts);
        // i = 1: w = (3, 0), x = (0, 2) -> 0; i = 2: w = ((3, 0) + (0, 8)) / 2 = (1.5, 4), x = (1, 1) -> 5.5.
        ToArray(pred).Should().Equal([0, 0, 5.5], (a, e) => Math.Abs(a - e) < 1e-12);
    }

    [Fact]
    public void Zero_predicts_zero_and_least_squares_is_exact_on_a_tiny_prompt()
    {
        using var prompts = Hand(new double[,] { { 1, 0 }, { 0, 2 }, { 1, 1 }, { 2, -1 } }, [2, -6, -1, 7]); // w = (2, -3)
        using var zero = new ZeroPredictor().Predict(prompts);
        ToArray(zero).Should().Equal(0, 0, 0, 0);
        using var ls = new LeastSquares().Predict(prompts);
        // i = 1: min-norm w = (2, 0) -> x = (0, 2) gives 0; from i = 2 on, exact.
        ToArray(ls).Should().Equal([0, 0, -1, 7], (a, e) => Math.Abs(a - e) < 1e-10);
    }

    public static TheoryData<string> LinearNames => new(BaselineCatalog.Names.Where(n => n is not (BaselineCatalog.SineOracleName or BaselineCatalog.FamilyFitName)));

    [Theory]
    [MemberData(nameof(LinearNames))]
    public void Linear_baselines_are_causal(string name)
    {
        var context = new BaselineContext(BaselineTaskKind.DenseSparseMixture, 5, 2, 0.5);
        // The Lasso's sweep cap is lowered only to keep the test fast; each problem stops on its own criterion.
        var predictor = name == BaselineCatalog.LassoName ? new Lasso(maxSweeps: 100) : BaselineCatalog.Create(name, context);
        AssertCausal(predictor, new LinearTaskSpec(5, 2).Sample(3, 8, Rng(71)));
    }

    [Theory]
    [InlineData(BaselineCatalog.SineOracleName)]
    [InlineData(BaselineCatalog.FamilyFitName)]
    [InlineData(BaselineCatalog.LeastSquaresName)]
    [InlineData(BaselineCatalog.NearestNeighboursName)]
    public void One_dimensional_baselines_are_causal(string name)
    {
        var predictor = BaselineCatalog.Create(name, new LinearSineTaskSpec(0.5, 1, 3));
        AssertCausal(predictor, new LinearSineTaskSpec(0.5, 1, 3).Sample(3, 8, Rng(72)));
    }

    /// <summary>
    /// Prediction i may use x_0..x_i and y_0..y_{i-1}: changing y_t leaves predictions 0..t alone, changing x_t leaves
    /// predictions 0..t-1 alone.
    /// </summary>
    private static void AssertCausal(IPredictor predictor, Prompts prompts)
    {
        using (prompts)
        {
            using var baseline = predictor.Predict(prompts);
            for (var t = 0; t < prompts.Points; t++)
            {
                using var scope = NewDisposeScope();
                var ys = prompts.Ys.clone();
                ys[TensorIndex.Colon, t] += 3.0;
                using var changedY = new Prompts(prompts.Xs, ys, prompts.Support);
                var xs = prompts.Xs.clone();
                xs[TensorIndex.Colon, t] *= -2.0;
                using var changedX = new Prompts(xs, prompts.Ys, prompts.Support);
                var predY = predictor.Predict(changedY);
                var predX = predictor.Predict(changedX);
                var keepY = (predY - baseline).narrow(1, 0, t + 1).abs().max().item<double>();
                keepY.Should().BeLessThan(1e-6, $"{predictor.Name}: y_{t} must not reach predictions 0..{t}");
                if (t > 0)
                {
                    var keepX = (predX - baseline).narrow(1, 0, t).abs().max().item<double>();
                    keepX.Should().BeLessThan(1e-6, $"{predictor.Name}: x_{t} must not reach predictions 0..{t - 1}");
                }
                if (predictor is not (ZeroPredictor or NearestNeighbours) && t < prompts.Points - 1)
                    (predY - baseline).narrow(1, t + 1, prompts.Points - t - 1).abs().max().item<double>()
                        .Should().BeGreaterThan(1e-9, $"{predictor.Name}: y_{t} should inform later predictions");
            }
        }
    }
}
