using FluentAssertions;
using IclClaims.Claims.Tests.Snapshots;
using IclClaims.Experiments.Configuration;
using IclClaims.Figures.Model;
using IclClaims.Figures.Rendering;

namespace IclClaims.Claims.Tests.Figures;

/// <summary>
/// Each paper figure recipe, fed fixed closed-form curves, against its committed snapshot: a change to
/// a recipe or to the renderer shows up here before it shows up in a claim's figure.
/// </summary>
public class RecipeSnapshotTests
{
    public static TheoryData<string> Ids => [.. SampleFigures.PaperRecipes().Select(f => f.Id)];

    private static string Folder => Path.Combine(RepositoryLayout.Root, "Claims.Tests", "Snapshots", "Verified", "Recipes");

    [Theory]
    [MemberData(nameof(Ids))]
    public void Recipe_matches_its_snapshot(string id)
    {
        var figure = SampleFigures.PaperRecipes().Single(f => f.Id == id);
        FigureSnapshot.Verify(figure, FigureTolerance.Exact, Folder).Should().BeOneOf(SnapshotResult.Matched, SnapshotResult.Accepted);
    }

    [Fact]
    public void Recipes_have_the_panels_the_paper_figures_have()
    {
        var figures = SampleFigures.PaperRecipes().ToDictionary(f => f.Id);
        figures.Keys.Should().Equal("F1a", "F1b", "F2", "F3", "F4", "F5");
        figures["F1a"].Panels.Single().ReferenceLinesOrEmpty.Should().ContainSingle(r => r.Y == 1);
        figures["F1a"].Panels.Single().Series.Should().Contain(s => s.HasBand);
        figures["F2"].Panels.Should().HaveCount(2);
        figures["F3"].Panels.Should().HaveCount(3);
        figures["F4"].Panels.Single().YScale.Should().Be(AxisScale.Log10);
        var sweep = figures["F5"].Panels[0];
        (sweep.XScale, sweep.YScale).Should().Be((AxisScale.Log10, AxisScale.Log10));
        sweep.SpansOrEmpty.Should().ContainSingle(s => s.From == 1 && s.To == 3);
        figures["F5"].Panels.Should().HaveCount(3);
        FigureLayout.For(figures["F5"]).Width.Should().Be(3 * FigureLayout.PanelWidth);
    }
}
