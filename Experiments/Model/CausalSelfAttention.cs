using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace IclClaims.Experiments.Model;

/// <summary>Multi-head self-attention in which a token sees only itself and the tokens before it.</summary>
internal sealed class CausalSelfAttention : nn.Module<Tensor, Tensor>
{
    private readonly Linear _qkv;
    private readonly Linear _proj;
    private readonly int _heads;

    public CausalSelfAttention(int width, int heads, string name = "attn") : base(name)
    {
        _heads = heads;
        _qkv = nn.Linear(width, 3 * width);
        _proj = nn.Linear(width, width);
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        var (b, t, w) = (x.shape[0], x.shape[1], x.shape[2]);
        var qkv = _qkv.forward(x).view(b, t, 3, _heads, w / _heads).permute(2, 0, 3, 1, 4);
        // One fused kernel instead of an explicit T x T score matrix and mask.
        var y = nn.functional.scaled_dot_product_attention(qkv[0], qkv[1], qkv[2], is_casual: true);
        return _proj.forward(y.transpose(1, 2).reshape(b, t, w));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _qkv.Dispose();
            _proj.Dispose();
        }
        base.Dispose(disposing);
    }
}
