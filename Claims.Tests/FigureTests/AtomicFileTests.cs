using FluentAssertions;
using IclClaims.Figures.Data;

namespace IclClaims.Claims.Tests.Figures;

public sealed class AtomicFileTests
{
    [Fact]
    public void A_write_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("report.md"), "old");

        AtomicFile.WriteAllText(dir.File("report.md"), "new");

        File.ReadAllText(dir.File("report.md")).Should().Be("new");
        Directory.EnumerateFileSystemEntries(dir.Path).Should().ContainSingle();
    }

    [Fact]
    public void A_write_that_fails_leaves_the_earlier_file_as_it_was_and_no_temporary_file()
    {
        using var dir = new TempDirectory();
        // A name that fits the 255-byte limit while the temporary name beside it does not: the write itself fails.
        var path = dir.File(new string('f', 240) + ".png");
        File.WriteAllBytes(path, [1, 2, 3]);

        var act = () => AtomicFile.WriteAllBytes(path, new byte[1000]);

        act.Should().Throw<IOException>();
        File.ReadAllBytes(path).Should().Equal(1, 2, 3);
        Directory.EnumerateFileSystemEntries(dir.Path).Should().ContainSingle();
    }
}
