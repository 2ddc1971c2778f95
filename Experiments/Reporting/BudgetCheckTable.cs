using System.Globalization;
using System.Text;
using IclClaims.Experiments.Claims;

namespace IclClaims.Experiments.Reporting;

/// <summary>
/// Every check of a claim against the training budget, one row a check and one column a budget (Markdown): how a long
/// training's checks move as it trains. A check measured at its worst position names that position in its cell, since
/// the position can differ between budgets.
/// </summary>
public static class BudgetCheckTable
{
    public static string Markdown(IReadOnlyList<(string Title, int Budget, ClaimCheck Check)> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var budgets = checks.Select(c => c.Budget).Distinct().Order().ToList();
        var rows = checks
            .Select(c => (Row: RowOf(c.Title), c.Budget, c.Check, Cell: CellOf(c.Title, c.Check)))
            .GroupBy(c => c.Row)
            .ToList();
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"| check | {string.Join(" | ", budgets.Select(b => b.ToString(CultureInfo.InvariantCulture)))} | bar |");
        table.AppendLine(CultureInfo.InvariantCulture, $"|---|{string.Concat(budgets.Select(_ => "---|"))}---|");
        foreach (var row in rows)
        {
            var cells = budgets.Select(b => row.FirstOrDefault(c => c.Budget == b).Cell ?? "");
            table.AppendLine(CultureInfo.InvariantCulture, $"| {MarkdownReport.Cell(row.Key)} | {string.Join(" | ", cells)} | {row.First().Check.TestText} |");
        }
        return table.ToString();
    }

    private static string RowOf(string title) => Bar.SplitWorstPosition(title).Check;

    private static string CellOf(string title, ClaimCheck check)
    {
        var position = Bar.SplitWorstPosition(title).Position is { } n ? $" ({n})" : "";
        return $"{check.MeasuredText}{position}{(check.Holds ? "" : " **fails**")}";
    }
}
