using FluentAssertions;
using TorchSharp;
namespace IclClaims.Claims.Tests;
public class SmokeTests
{
    [Fact]
    public void Torch_loads()
    {
        using var t = torch.ones(2, 2);
        (t.sum().item<float>()).Should().Be(4f);
    }
}
