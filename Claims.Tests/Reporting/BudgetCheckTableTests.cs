using FluentAssertions;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Reporting;

namespace IclClaims.Claims.Tests.Reporting;

/// <summary>The milestones' table: one row a check across budgets, even where its worst position moves.</summary>
public sealed class BudgetCheckTableTests
{
    private static ClaimCheck AtMost(string name, double measured) => new(name, measured, 0.01, Comparison.AtMost, 0.05, "reason");

    [Fact]
    public void A_check_is_one_row_across_budgets_with_its_worst_position_in_each_cell()
    {
        var table = BudgetCheckTable.Markdown(
        [
            ("claim 1: sparse tasks: mixture - sparse model, worst n = 4", 90_000, AtMost("sparse tasks: mixture - sparse model, worst n = 4", 0.049)),
            ("claim 1: sparse tasks: mixture - sparse model, worst n = 3", 120_000, AtMost("sparse tasks: mixture - sparse model, worst n = 3", 0.0235)),
            ("claim 2: sparse tasks: |a - b|", 120_000, AtMost("sparse tasks: |a - b|", 0.01)),
        ]);

        var lines = table.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines[0].Should().Be("| check | 90000 | 120000 | bar |");
        lines.Should().HaveCount(4, "a header, its rule and one row a check");
        lines[2].Should().Be("| claim 1: sparse tasks: mixture - sparse model, worst n | 0.049 ± 0.010 (n = 4) **fails** | 0.024 ± 0.010 (n = 3) | ≤ 0.05 |");
        lines[3].Should().StartWith("| claim 2: sparse tasks: \\|a - b\\| |  | 0.010", "a budget without the check is an empty cell, and a | in a name is escaped");
    }
}
