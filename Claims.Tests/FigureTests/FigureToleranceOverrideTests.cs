using FluentAssertions;
using IclClaims.Claims.Tests.Snapshots;

namespace IclClaims.Claims.Tests.Figures;

public sealed class FigureToleranceOverrideTests
{
    private static readonly FigureTolerance Tight = new(Absolute: 0.01);

    [Fact]
    public void A_series_override_loosens_only_that_series_of_that_panel()
    {
        var loose = Tight with { SeriesOverrides = new Dictionary<string, FigureTolerance> { ["0/model"] = new(Absolute: 1) } };

        FigureDataComparer.Compare(SampleFigures.Simple(), SampleFigures.Simple(shift: 0.5), loose).Should().BeEmpty();
        FigureDataComparer.Compare(SampleFigures.Simple(), SampleFigures.Simple(shift: 0.5), Tight).Should().NotBeEmpty();
    }

    [Fact]
    public void An_override_for_another_panel_or_series_leaves_the_figure_tolerance_in_force()
    {
        var elsewhere = Tight with
        {
            SeriesOverrides = new Dictionary<string, FigureTolerance> { ["1/model"] = new(Absolute: 1), ["0/other"] = new(Absolute: 1) },
        };

        FigureDataComparer.Compare(SampleFigures.Simple(), SampleFigures.Simple(shift: 0.5), elsewhere).Should().NotBeEmpty();
    }
}
