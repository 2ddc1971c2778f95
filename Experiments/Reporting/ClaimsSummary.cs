using System.Globalization;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;

namespace IclClaims.Experiments.Reporting;

/// <summary>One measured (profile, seed) of a run, with how long serving its models and measuring its claims took.</summary>
public sealed record SummaryRun(ProfileName Profile, int Seed, ProfileOutcome Outcome, IReadOnlyDictionary<string, string> ModelSources,
    TimeSpan Models, TimeSpan Measurement);

/// <summary>
/// The claims x (profile, seed) table printed at the end of a test run and written beside its results: holds, not
/// reproduced (a claim measured not to reproduce at that budget, with its recorded reason), fails, or not asserted (Smoke).
/// </summary>
public static class ClaimsSummary
{
    /// <param name="phases">Wall time of the run's phases (the claims plan, the training-health gate), printed after the runs.</param>
    public static string Markdown(IReadOnlyList<SummaryRun> runs, IReadOnlyList<(string Phase, TimeSpan Wall)>? phases = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var ordered = runs.OrderBy(r => r.Profile).ThenBy(r => r.Seed).ToList();
        var lines = new List<string>
        {
            "# Claims summary",
            "",
            "| claim | " + string.Join(" | ", ordered.Select(r => $"{r.Profile} seed {r.Seed}")) + " |",
            "|---|" + string.Concat(ordered.Select(_ => "---|")),
        };
        var claims = ordered.SelectMany(r => r.Outcome.Claims).Select(c => (c.Claim, c.Title)).Distinct().OrderBy(c => c.Claim);
        foreach (var (number, title) in claims)
            lines.Add($"| {number}. {title} | " + string.Join(" | ", ordered.Select(r => Word(ClaimVerdicts.Of(r.Outcome.Claim(number))))) + " |");
        lines.Add("");
        lines.Add("Not reproduced: measured not to reproduce at that budget; the test is explicit and the reason is in the report. " +
                  "Times: serving the models (training where the cache and store had none) and measuring the claims.");
        lines.Add("");
        foreach (var r in ordered)
        {
            var trained = r.ModelSources.Count(s => s.Value == nameof(IclClaims.Experiments.Store.ModelSource.Trained));
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"- {r.Profile} seed {r.Seed}: models {r.Models.TotalSeconds:0} s ({trained} of {r.ModelSources.Count} trained), claims {r.Measurement.TotalSeconds:0} s"));
        }
        if (phases is { Count: > 0 })
        {
            lines.Add("");
            lines.Add("Wall time of the test run's phases (measurements run two side by side, so a run's claims times add up to more):");
            lines.Add("");
            foreach (var (phase, wall) in phases) lines.Add(string.Create(CultureInfo.InvariantCulture, $"- {phase}: {wall.TotalSeconds:0} s"));
        }
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    private static string Word(ClaimVerdict v) => v == ClaimVerdict.Fails ? $"**{ClaimVerdicts.Word(v)}**" : ClaimVerdicts.Word(v);
}
