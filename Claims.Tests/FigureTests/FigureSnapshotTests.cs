using FluentAssertions;
using IclClaims.Claims.Tests.Snapshots;
using IclClaims.Figures.Json;
using IclClaims.Figures.Model;
using IclClaims.Figures.Rendering;

namespace IclClaims.Claims.Tests.Figures;

public class FigureSnapshotTests
{
    private static readonly SnapshotOptions Local = new(Accept: false, IsCi: false);
    private static readonly SnapshotOptions Ci = new(Accept: false, IsCi: true);
    private static readonly SnapshotOptions AcceptMode = new(Accept: true, IsCi: false);
    private static readonly FigureTolerance Tolerance = new(Absolute: 0.01, Relative: 0.05, StdErrs: 3);

    [Fact]
    public void Accept_mode_writes_the_verified_files_and_a_later_run_matches_them()
    {
        using var dir = new TempDirectory();
        FigureSnapshot.Verify(SampleFigures.Simple(), Tolerance, dir.Path, AcceptMode).Should().Be(SnapshotResult.Accepted);

        File.Exists(dir.File("S1.verified.json")).Should().BeTrue();
        File.Exists(dir.File("S1.verified.png")).Should().BeTrue();
        FigureSnapshot.Verify(SampleFigures.Simple(), Tolerance, dir.Path, Local).Should().Be(SnapshotResult.Matched);
        Directory.GetFiles(dir.Path, "*.received.*").Should().BeEmpty();
    }

    [Fact]
    public void Shift_within_tolerance_passes()
    {
        using var dir = Accepted(SampleFigures.Simple());
        FigureSnapshot.Verify(SampleFigures.Simple(shift: 0.009), Tolerance, dir.Path, Local).Should().Be(SnapshotResult.Matched);
    }

    [Fact]
    public void Shift_beyond_tolerance_fails_listing_the_points_and_writes_received_and_diff_files()
    {
        using var dir = Accepted(SampleFigures.Simple());
        var verify = () => FigureSnapshot.Verify(SampleFigures.Simple(shift: 0.2), Tolerance, dir.Path, Local);

        verify.Should().Throw<SnapshotMismatchException>()
            .WithMessage("*series 'model', x = 0: expected 1, actual 1.2, allowed ±0.05*")
            .WithMessage("*AcceptSnapshots*");
        File.Exists(dir.File("S1.received.json")).Should().BeTrue();
        File.Exists(dir.File("S1.received.png")).Should().BeTrue();
        File.Exists(dir.File("S1.diff.png")).Should().BeTrue("the two PNGs have the same size");
        FigureJson.Load(dir.File("S1.received.json")).Panels[0].Series[0].Y[0].Should().BeApproximately(1.2, 1e-12);
    }

    [Fact]
    public void Standard_error_of_the_live_curve_widens_the_tolerance()
    {
        using var dir = Accepted(SampleFigures.Simple());
        var noisy = SampleFigures.Simple(shift: 0.2, se: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
        FigureSnapshot.Verify(noisy, Tolerance, dir.Path, Local).Should().Be(SnapshotResult.Matched, "0.2 is within 3 standard errors of 0.1");

        var precise = SampleFigures.Simple(shift: 0.2, se: [0.01, 0.01, 0.01, 0.01, 0.01, 0.01]);
        var verify = () => FigureSnapshot.Verify(precise, Tolerance, dir.Path, Local);
        verify.Should().Throw<SnapshotMismatchException>();
    }

    [Fact]
    public void Renamed_series_fails()
    {
        using var dir = Accepted(SampleFigures.Simple());
        var verify = () => FigureSnapshot.Verify(SampleFigures.Simple(seriesName: "mixture"), Tolerance, dir.Path, Local);
        verify.Should().Throw<SnapshotMismatchException>().WithMessage("*series: expected [model, baseline], actual [mixture, baseline]*");
    }

    [Fact]
    public void Changed_x_grid_fails()
    {
        using var dir = Accepted(SampleFigures.Simple());
        var live = SampleFigures.Simple();
        var series = live.Panels[0].Series[0];
        var moved = live with { Panels = [live.Panels[0] with { Series = [series with { X = [0, 1, 2, 3, 4, 6] }, live.Panels[0].Series[1]] }] };

        var verify = () => FigureSnapshot.Verify(moved, Tolerance, dir.Path, Local);
        verify.Should().Throw<SnapshotMismatchException>().WithMessage("*x grid differs at index 5: expected 5, actual 6*");
    }

    [Fact]
    public void Changed_axis_label_fails()
    {
        using var dir = Accepted(SampleFigures.Simple());
        var live = SampleFigures.Simple();
        var relabelled = live with { Panels = [live.Panels[0] with { YLabel = "loss" }] };
        var verify = () => FigureSnapshot.Verify(relabelled, Tolerance, dir.Path, Local);
        verify.Should().Throw<SnapshotMismatchException>().WithMessage("*y label: expected \"error\", actual \"loss\"*");
    }

    [Fact]
    public void Recipe_change_is_caught_by_pixels_even_when_the_data_match()
    {
        using var dir = Accepted(SampleFigures.Simple());
        // Stand-in for a recipe change: the stored PNG no longer is what the renderer draws for the stored data.
        File.WriteAllBytes(dir.File("S1.verified.png"), FigureRenderer.RenderPng(SampleFigures.Simple(title: "Another title", shift: 0.3)));

        var verify = () => FigureSnapshot.Verify(SampleFigures.Simple(), Tolerance, dir.Path, Local);
        verify.Should().Throw<SnapshotMismatchException>().WithMessage("*differs from the verified PNG by RMS*");
        File.Exists(dir.File("S1.diff.png")).Should().BeTrue();
    }

    [Fact]
    public void Missing_snapshot_on_CI_fails_with_the_accept_command_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var verify = () => FigureSnapshot.Verify(SampleFigures.Simple(), Tolerance, dir.Path, Ci);
        verify.Should().Throw<SnapshotMismatchException>().WithMessage("*no verified snapshot*-p:AcceptSnapshots=true*");
        Directory.GetFiles(dir.Path).Should().BeEmpty();
    }

    [Fact]
    public void Missing_snapshot_locally_fails_too_but_leaves_the_received_files()
    {
        using var dir = new TempDirectory();
        var verify = () => FigureSnapshot.Verify(SampleFigures.Simple(), Tolerance, dir.Path, Local);
        verify.Should().Throw<SnapshotMismatchException>().WithMessage("*no verified snapshot*S1.received.json*");
        File.Exists(dir.File("S1.received.json")).Should().BeTrue();
        File.Exists(dir.File("S1.received.png")).Should().BeTrue();
        File.Exists(dir.File("S1.diff.png")).Should().BeFalse("there is nothing to compare against");
    }

    [Theory]
    [InlineData("{\"panels\": []}")]
    [InlineData("{\"id\": \"S1\", \"panels\": [")]
    [InlineData("")]
    [InlineData("null")]
    public void A_broken_verified_snapshot_fails_with_its_file_and_how_to_regenerate_it(string json)
    {
        using var dir = Accepted(SampleFigures.Simple());
        File.WriteAllText(dir.File("S1.verified.json"), json);

        var verify = () => FigureSnapshot.Verify(SampleFigures.Simple(), Tolerance, dir.Path, Local);

        verify.Should().Throw<SnapshotMismatchException>()
            .Which.Message.Should().Contain(dir.File("S1.verified.json")).And.Contain("cannot be read").And.Contain("-p:AcceptSnapshots=true");
    }

    [Fact]
    public void A_broken_verified_png_fails_with_its_file()
    {
        using var dir = Accepted(SampleFigures.Simple());
        File.WriteAllBytes(dir.File("S1.verified.png"), [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);

        var verify = () => FigureSnapshot.Verify(SampleFigures.Simple(), Tolerance, dir.Path, Local);

        verify.Should().Throw<SnapshotMismatchException>().Which.Message.Should().Contain($"{dir.File("S1.verified.png")} is not a readable PNG");
    }

    [Fact]
    public void Tolerance_passes_a_point_within_any_of_its_three_allowances()
    {
        var t = new FigureTolerance(Absolute: 0.01, Relative: 0.1, StdErrs: 2);
        t.Allowed(expected: 1, liveStdErr: null).Should().Be(0.1);
        t.Allowed(expected: 0.01, liveStdErr: null).Should().Be(0.01);
        t.Allowed(expected: 0.01, liveStdErr: 0.5).Should().Be(1);
        t.Allowed(expected: 0.01, liveStdErr: double.NaN).Should().Be(0.01);
    }

    private static TempDirectory Accepted(FigureData figure)
    {
        var dir = new TempDirectory();
        FigureSnapshot.Verify(figure, Tolerance, dir.Path, AcceptMode);
        return dir;
    }
}
