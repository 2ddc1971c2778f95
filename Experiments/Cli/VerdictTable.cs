using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Reporting;
using Spectre.Console;

namespace IclClaims.Experiments.Cli;

/// <summary>
/// The verdicts of one profile and seed on standard output: a table per claim on a terminal, plain lines otherwise
/// (the same words, so a log can be grepped for "claim 3 FAILS").
/// </summary>
internal static class VerdictTable
{
    public static void Write(ProfileOutcome outcome, TextWriter? plain = null, bool? table = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (table ?? (!Console.IsOutputRedirected && console.Profile.Capabilities.Interactive))
        {
            foreach (var claim in outcome.Claims) console.Write(Table(claim));
            console.MarkupLine(Markup.Escape(ClaimCheck.Legend));
            return;
        }
        var o = plain ?? Console.Out;
        foreach (var claim in outcome.Claims)
        {
            o.WriteLine($"[{claim.Profile}] claim {claim.Claim} {Verdict(claim)}: {claim.Title}");
            if (ClaimsReportWriter.KnownStatus(claim) is { } known) o.WriteLine("    " + known);
            foreach (var check in claim.Checks) o.WriteLine("    " + check);
            foreach (var reported in claim.ReportedOrEmpty) o.WriteLine("    reported: " + reported);
        }
    }

    private static Table Table(ClaimResult claim)
    {
        var t = new Table { Title = new TableTitle(Markup.Escape($"[{claim.Profile}, seed {claim.Seed}] claim {claim.Claim} {Verdict(claim)}: {claim.Title}")) };
        t.AddColumns("check", "mean ± SE", "bound", "test", "result");
        foreach (var c in claim.Checks)
            t.AddRow(Markup.Escape(c.Name), c.MeasuredText, c.BoundText, c.TestText, c.Holds ? "[green]pass[/]" : "[red]FAIL[/]");
        if (ClaimsReportWriter.KnownStatus(claim) is { } known) t.Caption = new TableTitle(Markup.Escape(known));
        return t;
    }

    private static string Verdict(ClaimResult claim)
    {
        var verdict = ClaimVerdicts.Of(claim);
        var word = ClaimVerdicts.Word(verdict).ToUpperInvariant();
        return verdict == ClaimVerdict.NotAsserted ? $"{word} (Smoke checks the wiring only)" : word;
    }
}
