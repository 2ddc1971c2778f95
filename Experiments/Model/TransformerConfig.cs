namespace IclClaims.Experiments.Model;

/// <summary>Shape of the GPT-2 style in-context learner (Garg et al.'s, scaled down where a profile says so).</summary>
public sealed record TransformerConfig(int Dim, int MaxPoints, int Layers, int Heads, int Width, LayerNormPlacement Norm = LayerNormPlacement.Pre)
{
    public void Validate()
    {
        if (Dim < 1) throw new ArgumentOutOfRangeException(nameof(Dim), Dim, "input dimension must be at least 1");
        if (MaxPoints < 1) throw new ArgumentOutOfRangeException(nameof(MaxPoints), MaxPoints, "at least one point per prompt");
        if (Layers < 1) throw new ArgumentOutOfRangeException(nameof(Layers), Layers, "at least one layer");
        if (Heads < 1 || Width % Heads != 0)
            throw new ArgumentOutOfRangeException(nameof(Heads), Heads, $"heads must divide the width {Width}");
    }
}

/// <summary>Where each block normalises: before its sublayers (GPT-2) or after the residual sums (the original Transformer).</summary>
public enum LayerNormPlacement
{
    Pre,
    Post,
}
