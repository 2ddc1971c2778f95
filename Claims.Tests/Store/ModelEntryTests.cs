using FluentAssertions;
using IclClaims.Experiments.Store;

namespace IclClaims.Claims.Tests.Store;

public sealed class ModelEntryTests
{
    [Theory]
    [InlineData("Models/Extended/mixture")]
    [InlineData("Models/Extended/mixture/")]
    public void A_sibling_is_the_entry_of_another_model_in_the_same_folder(string directory)
    {
        new ModelEntry(directory).Sibling("sparse").Directory.Should().Be(Path.Combine("Models", "Extended", "sparse"));
    }
}
