using FluentAssertions;
using IclClaims.Experiments.Baselines;
using IclClaims.Experiments.Tasks;
using TorchSharp;
using static IclClaims.Claims.Tests.Baselines.BaselineTestHelpers;
using static TorchSharp.torch;

namespace IclClaims.Claims.Tests.Baselines;

public class LinearBaselineTests
{
    [Fact]
    public void Least_squares_matches_the_closed_form_error_on_noise_free_dense_functions()
    {
        // Below n = d the minimum-norm solution recovers the projection of w on the span of the n inputs, so the
        // expected squared error is E|w_perp|^2 = d - n, i.e. (d - n) / d normalised; from n = d on it is exact.
        const int d = 10, points = 15, batch = 2000;
        using var prompts = new LinearTaskSpec(d, d).Sample(batch, points, Rng(11));
        var errors = SquaredErrors(new LeastSquares(), prompts, d);
        for (var n = 0; n < d; n++)
        {
            var (mean, se) = MeanAndStdErr(errors, n);
            var expected = (double)(d - n) / d;
            Math.Abs(mean - expected).Should().BeLessThan(4 * se + 1e-9, $"at n = {n} the expected error is {expected}, got {mean} +- {se}");
        }
        for (var n = d; n < points; n++)
            MeanAndStdErr(errors, n).Mean.Should().BeLessThan(1e-10, $"least squares is exact at n = {n} >= d");
    }

    [Fact]
    public void Ridge_and_Bayes_dense_equal_the_posterior_mean_from_a_direct_per_prompt_solve()
    {
        const int d = 5, points = 9, batch = 4;
        const double sigma2 = 0.09;
        using var prompts = new LinearTaskSpec(d, d, Noise: 0.3).Sample(batch, points, Rng(3));
        using var ridge = new Ridge(sigma2).Predict(prompts);
        using var bayes = BayesLinearPredictor.Dense(d, sigma2).Predict(prompts);
        var expected = DirectPosteriorMean(prompts, sigma2);
        ToArray(ridge).Should().Equal(expected, (a, e) => Math.Abs(a - e) < 1e-9);
        ToArray(bayes).Should().Equal(expected, (a, e) => Math.Abs(a - e) < 1e-9);
    }

    [Fact]
    public void Bayes_mixture_equals_a_direct_evaluation_of_the_marginal_likelihoods()
    {
        // d = 4, k = 2: the dense model and 6 supports; marginal likelihoods N(y; 0, X_S X_S^T + s2 I) from the
        // n x n covariance directly, no Woodbury, no prefix sums.
        const int d = 4, k = 2, points = 7, batch = 5;
        const double sigma2 = 0.05, pDense = 0.3;
        using var dense = new LinearTaskSpec(d, d).Sample(batch, points, Rng(5));
        using var sparse = new LinearTaskSpec(d, k).Sample(batch, points, Rng(6));
        foreach (var prompts in new[] { dense, sparse })
        {
            var predictor = BayesLinearPredictor.DenseSparseMixture(d, k, pDense, sigma2);
            predictor.SupportCount.Should().Be(6);
            using var pred = predictor.Predict(prompts);
            using var pDenseTensor = predictor.DenseProbability(prompts);
            var (expectedPred, expectedDense) = DirectMixture(prompts, k, pDense, sigma2);
            ToArray(pred).Should().Equal(expectedPred, (a, e) => Math.Abs(a - e) < 1e-8);
            ToArray(pDenseTensor).Should().Equal(expectedDense, (a, e) => Math.Abs(a - e) < 1e-8);
        }
    }

    [Fact]
    public void Lasso_recovers_a_sparse_vector_where_least_squares_cannot()
    {
        const int d = 10, k = 2, points = 12, batch = 400, n = 6;
        using var prompts = new LinearTaskSpec(d, k).Sample(batch, points, Rng(21));
        var lassoErrors = SquaredErrors(new Lasso(), prompts, k);
        var lsErrors = SquaredErrors(new LeastSquares(), prompts, k);
        var lasso = MeanAndStdErr(lassoErrors, n).Mean;
        var ls = MeanAndStdErr(lsErrors, n).Mean;
        ls.Should().BeGreaterThan(0.2);
        lasso.Should().BeLessThan(0.5 * ls, $"Lasso {lasso} against least squares {ls} at n = {n}");
        // Two examples later the Lasso has essentially recovered w; least squares still misses (d - n) / d of it.
        MeanAndStdErr(lassoErrors, n + 2).Mean.Should().BeLessThan(0.1 * MeanAndStdErr(lsErrors, n + 2).Mean);
    }

    [Fact]
    public void Lasso_solutions_satisfy_the_optimality_conditions()
    {
        // KKT for (1/2n)||y - Xw||^2 + alpha ||w||_1: g = X^T (y - X w) / n has |g_j| <= alpha, and g_j = alpha sign(w_j)
        // where w_j != 0.
        const int d = 8, points = 12, batch = 20;
        const double alpha = 0.05;
        using var prompts = new LinearTaskSpec(d, 3, Noise: 0.1).Sample(batch, points, Rng(8));
        using var scope = NewDisposeScope();
        var g = PrefixStatistics.Gram(prompts.Xs);
        var c = PrefixStatistics.Moment(prompts.Xs, prompts.Ys);
        var lasso = new Lasso(alpha, maxSweeps: 2000, tolerance: 1e-13);
        var w = lasso.Fit(g, c, PrefixStatistics.ExclusiveCumsum(prompts.Ys.square()), points, d);
        var counts = arange(points, float64).clamp_min(1).view(1, points, 1);
        var grad = (c - matmul(g, w.unsqueeze(-1)).squeeze(-1)) / counts;
        var positive = arange(points).view(1, points, 1) > 0;
        grad.abs().where(positive, zeros_like(grad)).max().item<double>().Should().BeLessThan(alpha + 1e-4);
        var nonzero = w.abs() > 1e-10;
        (grad - alpha * w.sign()).abs().where(nonzero, zeros_like(grad)).max().item<double>().Should().BeLessThan(1e-4);
        w.select(1, 0).abs().max().item<double>().Should().Be(0, "the empty prefix gives w = 0");
        lasso.LastUnconverged.Should().BeLessThan(batch * points / 20, "nearly every problem reaches the duality-gap tolerance");
    }

    [Fact]
    public void Lasso_predictions_match_a_tightly_converged_reference()
    {
        // The default (warm starts, duality gap 1e-8 of ||y||^2) against cold starts solved to a gap of 1e-15 with a
        // 20-fold sweep cap: every prediction within 1e-4, on prompts of the benchmark's shape (d = 20, k = 2).
        const int d = 20, k = 2, points = 41, batch = 50;
        using var prompts = new LinearTaskSpec(d, k).Sample(batch, points, Rng(5));
        using var scope = NewDisposeScope();
        var fast = new Lasso().Predict(prompts);
        var reference = new Lasso(maxSweeps: 20_000, tolerance: 1e-15, warmStart: false).Predict(prompts);
        (fast - reference).abs().max().item<double>().Should().BeLessThan(1e-4);
    }

    [Fact]
    public void Bayes_sparse_and_mixture_beat_least_squares_on_sparse_functions_below_n_equals_d()
    {
        const int d = 10, k = 2, points = 12, batch = 400;
        using var prompts = new LinearTaskSpec(d, k).Sample(batch, points, Rng(31));
        var ls = SquaredErrors(new LeastSquares(), prompts, k);
        var sparse = SquaredErrors(BayesLinearPredictor.Sparse(d, k), prompts, k);
        var mixture = SquaredErrors(BayesLinearPredictor.DenseSparseMixture(d, k, 0.5), prompts, k);
        for (var n = 3; n < d; n++)
        {
            var lsMean = MeanAndStdErr(ls, n).Mean;
            MeanAndStdErr(sparse, n).Mean.Should().BeLessThan(0.5 * lsMean, $"Bayes-sparse at n = {n}");
            MeanAndStdErr(mixture, n).Mean.Should().BeLessThan(0.8 * lsMean, $"Bayes-mixture at n = {n}");
        }
        // With enough examples the sparse posterior mean is exact up to the sigma^2 shrinkage.
        MeanAndStdErr(sparse, points - 1).Mean.Should().BeLessThan(1e-3);
    }

    [Fact]
    public void Mixture_posterior_concentrates_on_the_right_class()
    {
        const int d = 10, k = 2, points = 2 * d + 1, batch = 200;
        var predictor = BayesLinearPredictor.DenseSparseMixture(d, k, 0.5);
        using var dense = new LinearTaskSpec(d, d).Sample(batch, points, Rng(41));
        using var sparse = new LinearTaskSpec(d, k).Sample(batch, points, Rng(42));
        using var onDense = predictor.DenseProbability(dense);
        using var onSparse = predictor.DenseProbability(sparse);
        // No data: the prior.
        ToArray(onDense.select(1, 0)).Should().OnlyContain(p => Math.Abs(p - 0.5) < 1e-12);
        // Enough data: dense functions are called dense, sparse ones sparse.
        ToArray(onDense.select(1, points - 1)).Should().OnlyContain(p => p > 0.999);
        ToArray(onSparse.select(1, points - 1)).Should().OnlyContain(p => p < 1e-3);
        ToArray(onSparse.select(1, d)).Average().Should().BeLessThan(0.01);
    }

    [Fact]
    public void Oracle_support_least_squares_beats_least_squares_and_is_exact_from_n_equals_k()
    {
        const int d = 10, k = 3, points = 12, batch = 300;
        using var prompts = new LinearTaskSpec(d, k).Sample(batch, points, Rng(51));
        var oracle = SquaredErrors(new OracleLeastSquares(), prompts, k);
        var ls = SquaredErrors(new LeastSquares(), prompts, k);
        for (var n = 1; n < k; n++)
            MeanAndStdErr(oracle, n).Mean.Should().BeLessThan(MeanAndStdErr(ls, n).Mean);
        for (var n = k; n < points; n++)
            MeanAndStdErr(oracle, n).Mean.Should().BeLessThan(1e-12, $"the oracle is exact at n = {n} >= k");
        for (var n = k; n < d - 1; n++)
            MeanAndStdErr(ls, n).Mean.Should().BeGreaterThan(0.1);
    }

    [Fact]
    public void Oracle_without_a_support_throws_a_clear_error()
    {
        using var prompts = Hand(new double[,] { { 1, 0 }, { 0, 1 } }, [1, 2]);
        var act = () => new OracleLeastSquares().Predict(prompts);
        act.Should().Throw<ArgumentException>().WithMessage("*support*");
    }

    /// <summary>Kernel form <c>x_i^T X^T (X X^T + s2 I)^{-1} y</c> per prompt and prefix.</summary>
    private static double[] DirectPosteriorMean(Prompts prompts, double sigma2)
    {
        var result = new double[prompts.Batch * prompts.Points];
        for (var b = 0; b < prompts.Batch; b++)
        {
            for (var i = 1; i < prompts.Points; i++)
            {
                using var scope = NewDisposeScope();
                var x = prompts.Xs[b].narrow(0, 0, i);
                var y = prompts.Ys[b].narrow(0, 0, i);
                var kernel = matmul(x, x.T) + sigma2 * eye(i, dtype: float64);
                var w = matmul(x.T, linalg.solve(kernel, y.unsqueeze(-1))).squeeze(-1);
                result[b * prompts.Points + i] = (prompts.Xs[b][i] * w).sum().item<double>();
            }
        }
        return result;
    }

    private static (double[] Pred, double[] DenseProb) DirectMixture(Prompts prompts, int k, double pDense, double sigma2)
    {
        var d = prompts.Dim;
        var supports = new List<int[]> { Enumerable.Range(0, d).ToArray() };
        for (var a = 0; a < d; a++)
            for (var b = a + 1; b < d; b++)
                supports.Add([a, b]);
        k.Should().Be(2);
        var logPrior = supports.Select((_, m) => m == 0 ? Math.Log(pDense) : Math.Log((1 - pDense) / (supports.Count - 1))).ToArray();
        var pred = new double[prompts.Batch * prompts.Points];
        var dense = new double[prompts.Batch * prompts.Points];
        for (var bi = 0; bi < prompts.Batch; bi++)
        {
            for (var i = 0; i < prompts.Points; i++)
            {
                using var scope = NewDisposeScope();
                var logs = new double[supports.Count];
                var preds = new double[supports.Count];
                for (var m = 0; m < supports.Count; m++)
                {
                    var idx = tensor(supports[m].Select(v => (long)v).ToArray());
                    var xq = prompts.Xs[bi][i].index_select(0, idx);
                    if (i == 0)
                    {
                        logs[m] = logPrior[m];
                        preds[m] = 0;
                        continue;
                    }
                    var x = prompts.Xs[bi].narrow(0, 0, i).index_select(1, idx);
                    var y = prompts.Ys[bi].narrow(0, 0, i);
                    var cov = matmul(x, x.T) + sigma2 * eye(i, dtype: float64);
                    var alpha = linalg.solve(cov, y.unsqueeze(-1)).squeeze(-1);
                    var logLik = -0.5 * (y * alpha).sum().item<double>() - 0.5 * linalg.slogdet(cov).Item2.item<double>();
                    logs[m] = logLik + logPrior[m];
                    preds[m] = (xq * matmul(x.T, alpha)).sum().item<double>();
                }
                var max = logs.Max();
                var weights = logs.Select(l => Math.Exp(l - max)).ToArray();
                var total = weights.Sum();
                pred[bi * prompts.Points + i] = weights.Zip(preds, (w, p) => w * p).Sum() / total;
                dense[bi * prompts.Points + i] = weights[0] / total;
            }
        }
        return (pred, dense);
    }
}
