using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Runtime;
using static TorchSharp.torch;

namespace IclClaims.Claims.Tests.Runtime;

/// <summary>
/// libtorch keeps its intra-op thread count per OS thread once that thread has run an operation. Trainings that must
/// repeat bit for bit (the training-health gate, resumes) depend on the count they ask for being the one they get.
/// </summary>
[Collection(BitwiseTrainingCollection.Name)]
public sealed class TorchThreadCountTests
{
    [Fact]
    public void A_thread_that_already_ran_at_two_threads_gets_the_count_it_asks_for_later()
    {
        TorchRuntime.Initialise(2);
        var seen = 0;
        var worker = new Thread(() =>
        {
            // Runs at two threads, as a pooled thread that evaluated before the suite settled on one.
            using (var warm = ones(64, 64).matmul(ones(64, 64))) { }
            var other = new Thread(() => TorchRuntime.Initialise(1));
            other.Start();
            other.Join();
            TorchRuntime.Initialise(1);
            seen = get_num_threads();
        });
        worker.Start();
        worker.Join();

        seen.Should().Be(1, "the thread asked for one thread after having run at two");
    }
}
