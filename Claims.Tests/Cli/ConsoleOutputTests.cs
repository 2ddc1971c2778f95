using FluentAssertions;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Cli;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Cli;

/// <summary>What the CLI writes where no terminal is (CI logs, tail -f): plain lines, short, one training apart from another.</summary>
public sealed class ConsoleOutputTests
{
    [Fact]
    public void Off_a_terminal_each_training_side_by_side_gets_a_line_every_5_percent_of_its_own_steps()
    {
        var log = new StringWriter();
        var display = new TrainingProgressDisplay(log, live: false);

        var result = display.Run(() =>
        {
            for (var step = 50; step <= 1000; step += 50)
            {
                display.Report(new TrainingProgress("sparse", step, 1000, 0.5, TimeSpan.FromSeconds(step), TimeSpan.FromSeconds(1000 - step)));
                display.Report(new TrainingProgress("sine-mixture", step / 2, 500, 1.5, TimeSpan.FromSeconds(step), TimeSpan.FromSeconds(1000 - step)));
            }
            return 42;
        });

        result.Should().Be(42);
        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Count(l => l.StartsWith("sparse ", StringComparison.Ordinal)).Should().Be(20, "a line every 50 of 1000 steps");
        lines.Count(l => l.StartsWith("sine-mixture ", StringComparison.Ordinal)).Should().Be(20, "the other training's lines are its own");
        lines.Should().Contain(l => l.Contains("step 1000/1000", StringComparison.Ordinal) && l.Contains("loss 0.5000", StringComparison.Ordinal) && l.Contains("eta 0m00s", StringComparison.Ordinal));
    }

    [Fact]
    public void Off_a_terminal_a_message_is_its_own_line()
    {
        var log = new StringWriter();
        new TrainingProgressDisplay(log, live: false).Message("sparse: resumed from step 3000 of 8000");
        log.ToString().Should().Be("sparse: resumed from step 3000 of 8000" + Environment.NewLine);
    }

    [Fact]
    public void Off_a_terminal_verdicts_are_plain_lines_with_each_check_and_its_bound()
    {
        var check = new ClaimCheck("dense tasks: mixture - dense model", 0.02, 0.01, Comparison.AtMost, 0.05, "within the margin");
        var outcome = new ProfileOutcome([new ClaimResult(2, ClaimCatalog.Get(2).Title, ProfileName.Ci, 1, [check], [], new Dictionary<string, string>(), "{}")]);
        var o = new StringWriter();

        VerdictTable.Write(outcome, o, table: false);

        o.ToString().Should().Contain($"[Ci] claim 2 HOLDS: {ClaimCatalog.Get(2).Title}")
            .And.Contain("PASS dense tasks: mixture - dense model: 0.020 ± 0.010, bound 0.040 ≤ 0.05 — within the margin");
    }

    [Fact]
    public void A_claim_recorded_as_not_reproduced_reads_not_reproduced_with_its_reason()
    {
        var check = new ClaimCheck("sparse tasks: mixture - sparse model", 0.1, 0.01, Comparison.AtMost, 0.05, "within the margin");
        var outcome = new ProfileOutcome([new ClaimResult(1, ClaimCatalog.Get(1).Title, ProfileName.Ci, 1, [check], [], new Dictionary<string, string>(), "{}")]);
        var o = new StringWriter();

        VerdictTable.Write(outcome, o, table: false);

        o.ToString().Should().Contain($"[Ci] claim 1 NOT REPRODUCED: {ClaimCatalog.Get(1).Title}", "the console says the word the report and the summary say")
            .And.Contain("not reproduced at this budget: ").And.Contain("FAIL sparse tasks: mixture - sparse model");
    }
}
