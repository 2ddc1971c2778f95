using System.Collections.Concurrent;
using FluentAssertions;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Store;

/// <summary>
/// Training is still gated for stored models: the first steps of each stored model's training are re-run, seeded
/// identically, and their loss log must match the stored one. A change to training behaviour shows up here even
/// though CI never retrains the stored models; the fix is to retrain and commit the entry with the change.
/// </summary>
// Alone, after the parallel tests, and at the thread count the entry was trained with, set on this test's own thread:
// a re-run on a worker thread that had kept two threads drifted 2% by step 200 (sine model, in a warm-cache CI run).
[Collection(IclClaims.Claims.Tests.Engine.BitwiseTrainingCollection.Name)]
public sealed class TrainingHealthTests
{
    /// <summary>
    /// Steps re-run per stored configuration: three loss records. Measured on a second processor (an AMD EPYC without
    /// AVX-512, the store having been trained on one with it): the first 150 steps repeat within 2.4e-6 relative, but
    /// the sine model's steep loss drop near step 200 amplifies the kernels' rounding differences to 3e-3 by step 200
    /// (the 500 steps of before failed there). A real change (another seed, schedule or loss) moves early losses by percents.
    /// </summary>
    public const int Steps = 150;

    /// <summary>
    /// Relative tolerance on each loss record. Measured on Ci models (seed 1, first 500 steps): a re-run at the
    /// training's thread count repeats the stored log exactly; 1e-3 leaves room for other processors' kernels while a
    /// real change moves early losses by percents. Another thread count is not covered: the sine model's loss drop
    /// near step 200 amplifies its rounding differences to 2%.
    /// </summary>
    public const double RelativeTolerance = 1e-3;

    [Fact]
    public void First_steps_of_every_stored_configuration_reproduce_its_recorded_loss_log()
    {
        var entries = StoreEntries.Committed().ToList();
        if (entries.Count == 0) Assert.Skip("the model store holds no entries yet (Models/<profile>/seed<S>/<model>); nothing to re-run");
        // One seed per configuration: the key hashes the whole configuration, so another seed of it runs the same code.
        var chosen = entries.Select(e => (e.Model, e.Entry, Provenance: e.Entry.ReadProvenance()))
            .GroupBy(e => ModelKey.Of(e.Provenance.Config.WithSeed(0)))
            .Select(g => g.OrderBy(e => e.Provenance.Config.Seed).First())
            .ToList();
        // Two at a time, each on a dedicated thread at its recorded thread count (libtorch keeps the count per thread).
        var queue = new ConcurrentQueue<(string Model, ModelEntry Entry, Provenance Provenance)>(chosen);
        var problems = new ConcurrentBag<string>();
        var workers = Enumerable.Range(0, 2).Select(_ => new Thread(() =>
        {
            while (queue.TryDequeue(out var item))
            {
                try
                {
                    foreach (var p in Rerun(item.Model, item.Entry, item.Provenance)) problems.Add(p);
                }
                catch (Exception e)
                {
                    problems.Add($"{item.Model}: {e.GetType().Name}: {e.Message}");
                }
            }
        })).ToList();
        // Two trainings in this process: no finalizer may free a scalar either is still reading (FinalizerPause).
        using (FinalizerPause.Hold())
        {
            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());
        }
        problems.Should().BeEmpty("the first steps of every stored training must reproduce its stored losses; if training changed on purpose, retrain and commit the entries");
    }

    private static IEnumerable<string> Rerun(string model, ModelEntry entry, Provenance provenance)
    {
        TorchRuntime.Initialise(provenance.Threads);
        // A two-stage entry re-runs from its first stage, which the store holds beside it.
        using var start = provenance.Config.StartFrom is { } first ? entry.Sibling(first.Name).Load(first) : null;
        var (rerun, state) = new Trainer().Train(provenance.Config, checkpoint: null, stopAfter: Steps, startWeights: start);
        rerun.Dispose();
        var recorded = provenance.LossLog.Where(r => r.Step <= Steps).ToList();
        if (recorded.Count == 0) return [$"{model}'s provenance logs none of its first {Steps} steps"];
        var compared = recorded
            .Select(r => (r.Step, Stored: r.Loss, Again: state.LossLog.Single(l => l.Step == r.Step).Loss)).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"{model}: relative differences " +
            string.Join(", ", compared.Select(r => FormattableString.Invariant($"step {r.Step} {Math.Abs(r.Again - r.Stored) / Math.Abs(r.Stored):0.0e0}"))));
        return compared
            .Where(r => Math.Abs(r.Again - r.Stored) > RelativeTolerance * Math.Abs(r.Stored))
            .Select(r => $"{model} at step {r.Step}: loss {r.Again} against the stored {r.Stored}")
            .ToList();
    }
}
