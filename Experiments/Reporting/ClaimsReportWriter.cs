using IclClaims.Experiments.Store;
using IclClaims.Experiments.Claims;
using IclClaims.Figures.Data;

namespace IclClaims.Experiments.Reporting;

/// <summary>Writes each claim's figures into a folder per claim and the claims report (report.md, report.html) beside them.</summary>
public static class ClaimsReportWriter
{
    public static string ClaimFolder(ClaimResult claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return $"{claim.Profile}/seed{claim.Seed}/claim{claim.Claim}";
    }

    /// <summary>Writes the figures of <paramref name="claim"/> under <paramref name="outputDirectory"/>; returns the PNG paths.</summary>
    public static IReadOnlyList<string> WriteFigures(ClaimResult claim, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Figures.Select(f => FigureFiles.Write(f, Path.Combine(outputDirectory, ClaimFolder(claim))).Png).ToList();
    }

    public static ClaimReportEntry Entry(ClaimResult claim, IReadOnlyList<string> figurePngs, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new ClaimReportEntry(
            claim.Claim,
            claim.Title,
            claim.Profile.ToString(),
            ClaimVerdicts.Of(claim),
            claim.Checks,
            claim.Configuration,
            claim.Seed,
            claim.ModelSources.ToDictionary(s => s.Key, s => Enum.Parse<ModelSource>(s.Value)),
            figurePngs,
            reason ?? KnownStatus(claim) ?? (claim.Holds ? null : string.Join("; ", claim.Checks.Where(c => !c.Holds).Select(c => c.Name))),
            claim.Reported);
    }

    /// <summary>The measured reason a claim does not reproduce at its profile, as the report and console print it; null when none is recorded.</summary>
    public static string? KnownStatus(ClaimResult claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return ClaimCatalog.Get(claim.Claim).NotReproducedAt(claim.Profile) is { } why ? $"not reproduced at this budget: {why}" : null;
    }

    /// <summary>Figures and report for every outcome; returns the report's paths.</summary>
    public static ReportFiles Write(IEnumerable<ProfileOutcome> outcomes, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var entries = outcomes.SelectMany(o => o.Claims).Select(c => Entry(c, WriteFigures(c, outputDirectory))).ToList();
        return ClaimsReport.Write(entries, outputDirectory);
    }
}
