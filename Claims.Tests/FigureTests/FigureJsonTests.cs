using FluentAssertions;
using IclClaims.Figures.Json;
using IclClaims.Figures.Model;

namespace IclClaims.Claims.Tests.Figures;

public class FigureJsonTests
{
    [Fact]
    public void Round_trip_keeps_every_value_and_the_text_is_stable()
    {
        foreach (var figure in SampleFigures.PaperRecipes().Append(WithOddValues()))
        {
            var json = FigureJson.Serialize(figure);
            var back = FigureJson.Deserialize(json);
            FigureJson.Serialize(back).Should().Be(json);
            back.Should().BeEquivalentTo(figure, o => o.ComparingByMembers<FigureData>().ComparingByMembers<PanelData>().ComparingByMembers<SeriesData>());
        }
    }

    [Fact]
    public void Format_is_readable_camelCase_and_culture_free()
    {
        var json = FigureJson.Serialize(WithOddValues());
        json.Should().Contain("\"panels\": [").And.Contain("\"yScale\": \"log10\"").And.Contain("\"style\": \"lineWithMarkers\"");
        json.Should().Contain("[0.1, 1E-05, 12345.678, \"NaN\"]", "arrays sit on one line with invariant numbers");
        json.Should().NotContain("\r").And.NotContain("\"lower\"", "absent optional arrays are left out");

        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            FigureJson.Serialize(WithOddValues()).Should().Be(json);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Invalid_data_is_rejected_on_load()
    {
        var json = FigureJson.Serialize(SampleFigures.Simple()).Replace("[0, 1, 2, 3, 4, 5]", "[0, 1]", StringComparison.Ordinal);
        var load = () => FigureJson.Deserialize(json);
        load.Should().Throw<ArgumentException>().WithMessage("*Y has 6 values but X has 2*");
    }

    private static FigureData WithOddValues() => FigureData.Single("J1", new PanelData("odd", "x", "y",
        [new SeriesData("s", [1, 2, 3, 4], [0.1, 1e-5, 12345.678, double.NaN], SeriesStyle.LineWithMarkers, StdErr: [0, 0, 0, 0])],
        YScale: AxisScale.Log10, Spans: [new ShadedSpan(1, 2, "band")]));
}
