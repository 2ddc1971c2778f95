using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Model;

/// <summary>
/// Decoder-only transformer over the interleaved sequence x1, y1, x2, y2, ... (Garg et al.): y is written into
/// coordinate 0 of a zero d-vector, a linear read-in maps d to the width, learned positions are added, and a linear
/// read-out at every x position predicts the y that follows it.
/// </summary>
public sealed class IclTransformer : nn.Module<Tensor, Tensor>
{
    private readonly Linear _readIn;
    private readonly Parameter _positions;
    private readonly ModuleList<TransformerBlock> _blocks;
    private readonly LayerNorm _final;
    private readonly Linear _readOut;

    public IclTransformer(TransformerConfig config) : base("icl_transformer")
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        Config = config;
        _readIn = nn.Linear(config.Dim, config.Width);
        _positions = nn.Parameter(zeros(2 * config.MaxPoints, config.Width));
        _blocks = nn.ModuleList(Enumerable.Range(0, config.Layers).Select(_ => new TransformerBlock(config.Width, config.Heads)).ToArray());
        _final = nn.LayerNorm(config.Width);
        _readOut = nn.Linear(config.Width, 1);
        RegisterComponents();
        InitialiseLikeGpt2();
    }

    public TransformerConfig Config { get; }

    /// <summary>Token sequence [batch, 2N, d] in, one number per token out [batch, 2N].</summary>
    public override Tensor forward(Tensor tokens)
    {
        var t = tokens.shape[1];
        if (t > _positions.shape[0])
            throw new ArgumentException($"sequence of {t / 2} points exceeds the model's {Config.MaxPoints}", nameof(tokens));
        var h = _readIn.forward(tokens) + _positions[..(int)t];
        foreach (var block in _blocks) h = block.forward(h);
        return _readOut.forward(_final.forward(h)).squeeze(-1);
    }

    /// <summary>Predictions at the x positions, [batch, N], from float32 xs [batch, N, d'] (d' &lt;= d, zero-padded) and ys [batch, N].</summary>
    public Tensor PredictAtInputs(Tensor xs, Tensor ys)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        var (b, n, d) = (xs.shape[0], xs.shape[1], xs.shape[2]);
        if (d > Config.Dim) throw new ArgumentException($"inputs of dimension {d} exceed the model's {Config.Dim}", nameof(xs));
        if (d < Config.Dim) xs = nn.functional.pad(xs, [0, Config.Dim - d]);
        var yTokens = nn.functional.pad(ys.unsqueeze(-1), [0, Config.Dim - 1]);
        var tokens = stack([xs, yTokens], dim: 2).view(b, 2 * n, Config.Dim);
        return forward(tokens).view(b, n, 2)[.., .., 0];
    }

    public long ParameterCount => parameters().Sum(p => p.numel());

    private void InitialiseLikeGpt2()
    {
        using var noGrad = no_grad();
        foreach (var (_, p) in named_parameters())
        {
            if (p.dim() >= 2) nn.init.normal_(p, 0, 0.02);
            else p.zero_();
        }
        nn.init.normal_(_positions, 0, 0.01);
        // LayerNorm gains start at one.
        foreach (var (name, p) in named_parameters())
            if (name.EndsWith("weight", StringComparison.Ordinal) && p.dim() == 1) p.fill_(1.0);
        // GPT-2 scales the projections that write into the residual stream by 1/sqrt(2 * layers).
        var scale = 0.02 / Math.Sqrt(2.0 * Config.Layers);
        foreach (var proj in _blocks.SelectMany(b => b.ResidualProjections)) nn.init.normal_(proj.weight, 0, scale);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _readIn.Dispose();
            _positions.Dispose();
            _blocks.Dispose();
            _final.Dispose();
            _readOut.Dispose();
        }
        base.Dispose(disposing);
    }
}
