using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Training;

/// <summary>The count of running trainings an interrupt waits for.</summary>
[Collection(ActiveTrainingsCollection.Name)]
public sealed class ActiveTrainingsTests
{
    [Fact]
    public void Only_a_training_that_can_be_interrupted_is_counted_as_one_an_interrupt_waits_for()
    {
        using var interrupt = new CancellationTokenSource();
        var before = ActiveTrainings.Count;
        using (ActiveTrainings.Enter(CancellationToken.None)) ActiveTrainings.Count.Should().Be(before);
        using (ActiveTrainings.Enter(interrupt.Token)) ActiveTrainings.Count.Should().Be(before + 1);
        ActiveTrainings.Count.Should().Be(before);
    }
}
