using FluentAssertions;
using IclClaims.Claims.Tests.Snapshots;
using IclClaims.Figures.Json;

namespace IclClaims.Claims.Tests.Figures;

public class FigureArtifactsTests
{
    [Fact]
    public void Writes_png_svg_json_and_csv_under_the_claim_folder()
    {
        using var dir = new TempDirectory();
        var figure = SampleFigures.Simple();

        var paths = FigureArtifacts.Write(figure, "claim-1", dir.Path);

        Path.GetDirectoryName(paths.Png).Should().Be(Path.Combine(dir.Path, "claim-1"));
        File.ReadAllBytes(paths.Png).Take(4).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
        File.ReadAllText(paths.Svg).Should().StartWith("<svg").And.Contain("</svg>");
        FigureJson.Load(paths.Json).Id.Should().Be("S1");
        var csv = File.ReadAllLines(paths.Csv);
        csv[0].Should().Be("panel,series,x,y,lower,upper,stderr");
        csv.Should().HaveCount(1 + 12, "two series of six points");
        csv[1].Should().Be("A sample curve,model,0,1,,,");
    }
}
