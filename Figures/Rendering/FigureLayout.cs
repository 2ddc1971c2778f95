using IclClaims.Figures.Model;

namespace IclClaims.Figures.Rendering;

/// <summary>
/// Where each panel goes in the image. Sizes are fixed, never taken from the data, so that a
/// snapshot PNG keeps its dimensions from run to run.
/// </summary>
public sealed record FigureLayout(int Width, int Height, int HeaderHeight, int Columns)
{
    public const int PanelWidth = 800;
    public const int PanelHeight = 500;
    public const int MaxColumns = 3;
    public const int MultiPanelHeader = 44;

    public static FigureLayout For(FigureData figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var count = figure.Panels.Count;
        var columns = Math.Min(count, MaxColumns);
        var rows = (count + columns - 1) / columns;
        // A single panel shows the figure's title as its own; several panels share a header strip.
        var header = count > 1 ? MultiPanelHeader : 0;
        return new FigureLayout(columns * PanelWidth, header + rows * PanelHeight, header, columns);
    }

    public (int Left, int Top) PanelOrigin(int index) =>
        (index % Columns * PanelWidth, HeaderHeight + index / Columns * PanelHeight);
}
