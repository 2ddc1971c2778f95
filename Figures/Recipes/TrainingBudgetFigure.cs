using IclClaims.Figures.Model;

namespace IclClaims.Figures.Recipes;

/// <summary>One check of a claim measured at several training budgets, against its threshold.</summary>
/// <param name="Title">The claim and the check's name, the panel's title.</param>
/// <param name="Threshold">Drawn as the panel's reference line.</param>
public sealed record BudgetCheckInput(string Title, double[] Budgets, double[] Measured, double[] StdErr, double Threshold);

/// <summary>
/// A long training's learning curve on the way: each saved model's held-out area against the steps it trained, then
/// one panel per check of claims 1-3 at the budgets where the three linear models were all saved.
/// </summary>
public static class TrainingBudgetFigure
{
    public const string BudgetAxis = "training steps (a two-stage mixture's stages together)";

    public static FigureData Build(string id, string title, IReadOnlyList<CurveInput> areas, IReadOnlyList<BudgetCheckInput> checks)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(checks);
        var panels = new List<PanelData>
        {
            new("held-out area under the curve", BudgetAxis, "mean normalised error over n = 1..d",
                areas.Select(a => a.ToSeries(SeriesStyle.LineWithMarkers)).ToList()),
        };
        panels.AddRange(checks.Select(c => new PanelData(Wrapped(c.Title), BudgetAxis, "measured (mean, ± 2 SE band)",
            [new SeriesData("measured", c.Budgets, c.Measured, SeriesStyle.LineWithMarkers,
                Lower: c.Measured.Zip(c.StdErr, (m, s) => m - 2 * s).ToArray(),
                Upper: c.Measured.Zip(c.StdErr, (m, s) => m + 2 * s).ToArray(), StdErr: c.StdErr)],
            ReferenceLines: [new ReferenceLine(c.Threshold, "bar")])));
        return new FigureData(id, title, panels);
    }

    /// <summary>Title lines of at most this many characters fit over a panel's plot area at the title's font size.</summary>
    public const int TitleLineLength = 52;

    /// <summary>A check's name is often longer than a panel is wide: broken between words into lines that fit.</summary>
    public static string Wrapped(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var lines = new List<string>();
        var line = "";
        foreach (var word in title.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > TitleLineLength)
            {
                lines.Add(line);
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        lines.Add(line);
        return string.Join('\n', lines);
    }
}
