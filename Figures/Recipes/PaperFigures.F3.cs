using IclClaims.Figures.Model;

namespace IclClaims.Figures.Recipes;

public static partial class PaperFigures
{
    /// <summary>F3: function plots for a pure linear, a pure sinusoid and a 0.5 combination (claims 4, 5).</summary>
    public static FigureData F3(FunctionPlotInput linear, FunctionPlotInput sinusoid, FunctionPlotInput combination) =>
        new("F3", "Model predictions on single prompts",
            [FunctionPanel(linear), FunctionPanel(sinusoid), FunctionPanel(combination)]);
}
