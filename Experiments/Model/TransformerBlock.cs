using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Model;

/// <summary>
/// A transformer block with causal attention and a GELU MLP of 4x width. Pre-LN (GPT-2): x + attn(LN(x)), then
/// x + MLP(LN(x)). Post-LN: LN(x + attn(x)), then LN(x + MLP(x)).
/// </summary>
internal sealed class TransformerBlock : nn.Module<Tensor, Tensor>
{
    private readonly LayerNorm _ln1;
    private readonly CausalSelfAttention _attn;
    private readonly LayerNorm _ln2;
    private readonly Linear _fc;
    private readonly Linear _out;

    private readonly LayerNormPlacement _norm;

    public TransformerBlock(int width, int heads, LayerNormPlacement norm, string name = "block") : base(name)
    {
        _norm = norm;
        _ln1 = nn.LayerNorm(width);
        _attn = new CausalSelfAttention(width, heads);
        _ln2 = nn.LayerNorm(width);
        _fc = nn.Linear(width, 4 * width);
        _out = nn.Linear(4 * width, width);
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        if (_norm == LayerNormPlacement.Post)
        {
            x = _ln1.forward(x + _attn.forward(x));
            return _ln2.forward(x + Mlp(x));
        }
        x = x + _attn.forward(_ln1.forward(x));
        return x + Mlp(_ln2.forward(x));
    }

    private Tensor Mlp(Tensor x) => _out.forward(nn.functional.gelu(_fc.forward(x)));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ln1.Dispose();
            _attn.Dispose();
            _ln2.Dispose();
            _fc.Dispose();
            _out.Dispose();
        }
        base.Dispose(disposing);
    }
}
