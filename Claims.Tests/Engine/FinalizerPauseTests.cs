using System.Runtime.CompilerServices;
using FluentAssertions;
using IclClaims.Experiments.Configuration;

namespace IclClaims.Claims.Tests.Engine;

/// <summary>While a pause is held no finalizer runs; once the last holder lets go the queued ones do.</summary>
[Collection(FinalizerPauseCollection.Name)]
public sealed class FinalizerPauseTests
{
    private sealed class Flag(ManualResetEventSlim finalized)
    {
        ~Flag() => finalized.Set();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Drop(ManualResetEventSlim finalized) => _ = new Flag(finalized);

    [Fact]
    public void Finalizers_wait_for_the_last_holder()
    {
        using var finalized = new ManualResetEventSlim(false);
        var outer = FinalizerPause.Hold();
        var inner = FinalizerPause.Hold();
        try
        {
            Drop(finalized);
            GC.Collect();
            finalized.Wait(TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken).Should().BeFalse("the finalizer thread is held");
            inner.Dispose();
            GC.Collect();
            finalized.Wait(TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken).Should().BeFalse("a holder still holds it");
        }
        finally
        {
            outer.Dispose();
            inner.Dispose();
        }
        FinalizerPause.Held.Should().BeFalse();
        finalized.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken).Should().BeTrue("the queued finalizer runs once the pause ends");
    }

    [Fact]
    public void A_pause_can_be_taken_again_after_it_ended()
    {
        using (FinalizerPause.Hold()) FinalizerPause.Held.Should().BeTrue();
        using (FinalizerPause.Hold()) FinalizerPause.Held.Should().BeTrue();
        FinalizerPause.Held.Should().BeFalse();
    }
}

/// <summary>The pause is process-wide: its tests run alone, after the parallel ones (whose trainings hold it).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FinalizerPauseCollection
{
    public const string Name = "finalizer pause";
}
