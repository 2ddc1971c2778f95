using FluentAssertions;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Runtime;

namespace IclClaims.Claims.Tests.Runtime;

public sealed class NativeAllocatorTests
{
    [Fact]
    public void On_linux_glibc_takes_every_setting_and_says_so()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("the settings are glibc's");
        NativeAllocator.KeepFreedMemory().Should().StartWith("allocator: glibc keeps freed memory",
            "a refused setting would send the steps back to the kernel's page faults (docs/throughput.md, \"Allocator\")");
    }

    [Fact]
    public void Applying_twice_applies_once()
    {
        NativeAllocator.KeepFreedMemory().Should().BeSameAs(NativeAllocator.KeepFreedMemory());
    }
}
