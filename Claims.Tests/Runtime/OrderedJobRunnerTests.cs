using System.Collections.Concurrent;
using FluentAssertions;
using IclClaims.Experiments.Runtime;

namespace IclClaims.Claims.Tests.Runtime;

/// <summary>The runner that runs jobs side by side in a given order, a two-stage training after its first stage.</summary>
public class OrderedJobRunnerTests
{
    private static IEnumerable<string> None(string _) => [];

    [Fact]
    public void A_job_starts_only_after_its_prerequisite_finished_even_when_listed_first()
    {
        var finished = new ConcurrentQueue<string>();
        var startedWith = new ConcurrentDictionary<string, string[]>();

        OrderedJobRunner.Run(["mixture", "dense", "sparse"], j => j == "mixture" ? ["sparse"] : [], workers: 2, j =>
        {
            startedWith[j] = finished.ToArray();
            Thread.Sleep(30);
            finished.Enqueue(j);
        });

        finished.Should().BeEquivalentTo(["mixture", "dense", "sparse"]);
        startedWith["mixture"].Should().Contain("sparse");
    }

    [Fact]
    public void Among_ready_jobs_the_earliest_in_the_given_order_starts_first()
    {
        var started = new ConcurrentQueue<string>();

        OrderedJobRunner.Run(["a", "b", "c", "d"], None, workers: 1, started.Enqueue);

        started.Should().Equal("a", "b", "c", "d");
    }

    [Fact]
    public void No_more_jobs_than_workers_run_at_once_and_each_runs_on_a_dedicated_thread()
    {
        var running = 0;
        var most = 0;
        var pooled = 0;
        // Jobs meet in pairs rather than sleep: on a loaded machine a second worker may start later than any fixed
        // sleep, and a runner that ran one job at a time would leave every job waiting out the barrier's time limit.
        using var pair = new Barrier(2);

        OrderedJobRunner.Run(Enumerable.Range(0, 6).ToList(), _ => [], workers: 2, _ =>
        {
            if (Thread.CurrentThread.IsThreadPoolThread) Interlocked.Increment(ref pooled);
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            pair.SignalAndWait(TimeSpan.FromSeconds(10));
            Interlocked.Decrement(ref running);
        });

        most.Should().Be(2);
        pooled.Should().Be(0, "a job waits on its child process, which would starve the thread pool");
    }

    [Fact]
    public void A_failure_is_rethrown_as_thrown_and_its_dependants_never_start()
    {
        var started = new ConcurrentQueue<string>();

        var run = () => OrderedJobRunner.Run(["sparse", "mixture"], j => j == "mixture" ? ["sparse"] : [], workers: 2, j =>
        {
            started.Enqueue(j);
            if (j == "sparse") throw new InvalidDataException("sparse failed");
        });

        run.Should().Throw<InvalidDataException>().WithMessage("sparse failed");
        started.Should().Equal("sparse");
    }

    [Fact]
    public void Prerequisites_that_form_a_cycle_are_reported_not_waited_on_forever()
    {
        var run = () => OrderedJobRunner.Run(["a", "b"], j => j == "a" ? ["b"] : ["a"], workers: 2, _ => { });

        run.Should().Throw<InvalidOperationException>().WithMessage("*cycle*a, b*");
    }

    [Fact]
    public void A_prerequisite_outside_the_jobs_is_taken_as_already_available()
    {
        var started = new ConcurrentQueue<string>();

        OrderedJobRunner.Run(["mixture"], _ => ["sparse (cached)"], workers: 2, started.Enqueue);

        started.Should().Equal("mixture");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
