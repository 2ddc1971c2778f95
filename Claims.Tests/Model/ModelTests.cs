using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Model;
using IclClaims.Experiments.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace IclClaims.Claims.Tests.Model;

/// <summary>The transformer's shapes, its causal masking, and its size.</summary>
public class ModelTests
{
    private static readonly TransformerConfig Small = new(Dim: 3, MaxPoints: 6, Layers: 2, Heads: 2, Width: 16);

    public ModelTests() => TorchRuntime.Initialise(1);

    [Fact]
    public void Forward_gives_one_number_per_token_and_PredictAtInputs_one_per_example()
    {
        using var model = Models.Create(Small);
        using var scope = NewDisposeScope();
        using var g = new Generator(1);

        model.forward(randn([4, 12, 3], generator: g)).shape.Should().Equal(4, 12);
        model.PredictAtInputs(randn([4, 6, 3], generator: g), randn([4, 6], generator: g)).shape.Should().Equal(4, 6);
        model.PredictAtInputs(randn([2, 3, 3], generator: g), randn([2, 3], generator: g)).shape.Should().Equal(new long[] { 2, 3 }, "shorter prompts are fine");
        model.PredictAtInputs(randn([2, 6, 2], generator: g), randn([2, 6], generator: g)).shape.Should().Equal(new long[] { 2, 6 }, "lower-dimensional inputs are zero-padded");
    }

    [Fact]
    public void Prompts_beyond_the_model_limits_are_rejected()
    {
        using var model = Models.Create(Small);
        using var scope = NewDisposeScope();

        var tooLong = () => model.PredictAtInputs(zeros(1, 7, 3), zeros(1, 7));
        var tooWide = () => model.PredictAtInputs(zeros(1, 6, 4), zeros(1, 6));

        tooLong.Should().Throw<ArgumentException>().WithMessage("*exceeds*");
        tooWide.Should().Throw<ArgumentException>().WithMessage("*exceed*");
    }

    [Fact]
    public void Changing_a_later_example_never_changes_an_earlier_prediction()
    {
        const int n = 6;
        using var model = Models.Create(Small);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        using var g = new Generator(2);
        var xs = randn([5, n, 3], generator: g);
        var ys = randn([5, n], generator: g);
        var baseline = model.PredictAtInputs(xs, ys);

        for (var i = 0; i + 1 < n; i++)
        {
            // Replace example i + 1 (both x and y) and every example after it.
            var xs2 = xs.clone();
            var ys2 = ys.clone();
            xs2[.., (i + 1)..] = randn([5, n - i - 1, 3], generator: g);
            ys2[.., (i + 1)..] = randn([5, n - i - 1], generator: g);
            var changed = model.PredictAtInputs(xs2, ys2);

            Bits.Same(changed[.., ..(i + 1)], baseline[.., ..(i + 1)]).Should().BeTrue($"predictions 0..{i} see only examples 0..{i}");
            changed[.., i + 1].allclose(baseline[.., i + 1]).Should().BeFalse($"prediction {i + 1} does read x_{i + 1}");
        }
    }

    [Fact]
    public void The_target_of_an_example_is_hidden_from_its_own_prediction()
    {
        const int n = 6;
        using var model = Models.Create(Small);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        using var g = new Generator(3);
        var xs = randn([5, n, 3], generator: g);
        var ys = randn([5, n], generator: g);
        var baseline = model.PredictAtInputs(xs, ys);

        for (var i = 0; i < n; i++)
        {
            var ys2 = ys.clone();
            ys2[.., i] = ys[.., i] + 10;
            var changed = model.PredictAtInputs(xs, ys2);

            Bits.Same(changed[.., ..(i + 1)], baseline[.., ..(i + 1)]).Should().BeTrue($"y_{i} comes after x_{i} in the sequence");
            if (i + 1 < n) changed[.., i + 1].allclose(baseline[.., i + 1]).Should().BeFalse($"prediction {i + 1} does read y_{i}");
        }
    }

    [Fact]
    public void Parameter_count_matches_the_architecture()
    {
        // Per block: two LayerNorms (4W), qkv (3W^2 + 3W), projection (W^2 + W), MLP (8W^2 + 5W) = 12W^2 + 13W.
        // Plus read-in (dW + W), positions (2N W), final LayerNorm (2W), read-out (W + 1).
        static long Expected(TransformerConfig c)
        {
            long w = c.Width;
            return c.Layers * (12 * w * w + 13 * w) + (c.Dim * w + w) + 2L * c.MaxPoints * w + 2 * w + w + 1;
        }

        using var small = Models.Create(Small);
        small.ParameterCount.Should().Be(6865).And.Be(Expected(Small));

        // Garg et al.'s "standard" model (12 layers, width 256, d = 20, 41 points): "about 9.5M parameters".
        var standard = Profiles.Paper.Linear.Model;
        using var paper = Models.Create(standard);
        paper.ParameterCount.Should().Be(9_504_257).And.Be(Expected(standard));
    }
}
