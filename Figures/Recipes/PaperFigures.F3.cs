using IclClaims.Figures.Model;

namespace IclClaims.Figures.Recipes;

public static partial class PaperFigures
{
    /// <summary>F3: function plots for a pure linear, a pure sinusoid and a 0.5 combination (claims 4, 5).</summary>
    /// <param name="linear">A <see cref="FunctionPanel"/> each.</param>
    public static FigureData F3(PanelData linear, PanelData sinusoid, PanelData combination) =>
        new("F3", "Model predictions on single prompts", [linear, sinusoid, combination]);
}
