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
    private readonly LayerNorm? _final;
    private readonly Linear _readOut;

    public IclTransformer(TransformerConfig config) : base("icl_transformer")
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        Config = config;
        _readIn = nn.Linear(config.Dim, config.Width);
        _positions = nn.Parameter(zeros(2 * config.MaxPoints, config.Width));
        _blocks = nn.ModuleList(Enumerable.Range(0, config.Layers).Select(_ => new TransformerBlock(config.Width, config.Heads, config.Norm)).ToArray());
        _final = config.Norm == LayerNormPlacement.Pre ? nn.LayerNorm(config.Width) : null;
        _readOut = nn.Linear(config.Width, 1);
        // Deviation from GPT-2 (measured, docs/profiles.md, "Ci profile"): torch's default initialisation, not GPT-2's N(0, 0.02).
        // GPT-2's scale suits width 768; at width 64 it left the model on the zero-predictor plateau for over 3000
        // steps (dense d = 4: loss 3.14 of 4.0 after 3000 steps), where the default reached 1.9 in 1550.
        // Learned positions start at zero.
        RegisterComponents();
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
        // A post-LN stack ends normalised already; GPT-2's pre-LN stack needs its final LayerNorm.
        if (_final is not null) h = _final.forward(h);
        return _readOut.forward(h).squeeze(-1);
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

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _readIn.Dispose();
            _positions.Dispose();
            _blocks.Dispose();
            _final?.Dispose();
            _readOut.Dispose();
        }
        base.Dispose(disposing);
    }
}
