using FluentAssertions;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Store;

namespace IclClaims.Claims.Tests.Engine;

/// <summary>Serving a profile's models: a two-stage mixture is trained after, and from, the sparse specialist.</summary>
public sealed class ModelSetTests : IDisposable
{
    private readonly ScratchDirectory _dir = new();
    private readonly RecordingProgress _progress = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_two_stage_mixture_is_trained_once_its_first_stage_is_and_every_model_is_then_served_from_the_cache()
    {
        var profile = Profiles.Smoke with { Linear = Profiles.Smoke.Linear with { MixtureStartsFromSparse = true } };
        var provider = new ModelProvider(_dir.Sub("cache"), _dir.Sub("store"), TrainPolicy.Store, _progress);

        using (var trained = ModelSet.Load(profile, seed: 1, provider, threads: 1))
            trained.Sources.Values.Should().AllBeEquivalentTo(ModelSource.Trained);

        var messages = _progress.Messages;
        var sparseDone = messages.ToList().FindIndex(m => m.StartsWith("sparse: trained", StringComparison.Ordinal));
        var mixtureStart = messages.ToList().FindIndex(m => m.StartsWith("mixture: training", StringComparison.Ordinal));
        sparseDone.Should().BeGreaterThanOrEqualTo(0);
        mixtureStart.Should().BeGreaterThan(sparseDone, "the mixture starts from the trained sparse specialist");
        messages[mixtureStart].Should().Contain("starting from the trained 'sparse' model");
        messages.Count(m => m.StartsWith("sparse: training", StringComparison.Ordinal)).Should().Be(1);

        using var again = ModelSet.Load(profile, seed: 1, provider, threads: 1);
        again.Sources.Values.Should().AllBeEquivalentTo(ModelSource.Cache);
    }

    [Fact]
    public void A_first_stage_of_its_own_is_trained_for_the_mixture_beside_the_specialist_and_then_cached()
    {
        // Specialists 20 steps; the mixture 10 on the sparse class, then 10 on the mixture: the same budget.
        var profile = Profiles.Smoke with { Linear = Profiles.Smoke.Linear with { MixtureStartsFromSparse = true, FirstStageSteps = 10, MixtureSteps = 10 } };
        profile.Linear.BudgetsMatched.Should().BeTrue();
        var provider = new ModelProvider(_dir.Sub("cache"), _dir.Sub("store"), TrainPolicy.Store, _progress);

        using (var trained = ModelSet.Load(profile, seed: 1, provider, threads: 1))
            trained.Sources.Values.Should().AllBeEquivalentTo(ModelSource.Trained);

        var messages = _progress.Messages.ToList();
        var firstDone = messages.FindIndex(m => m.StartsWith($"{LinearSetting.FirstStageModel}: trained", StringComparison.Ordinal));
        var mixtureStart = messages.FindIndex(m => m.StartsWith("mixture: training", StringComparison.Ordinal));
        firstDone.Should().BeGreaterThanOrEqualTo(0);
        mixtureStart.Should().BeGreaterThan(firstDone);
        messages[mixtureStart].Should().Contain($"starting from the trained '{LinearSetting.FirstStageModel}' model");
        messages.Should().ContainSingle(m => m.StartsWith("sparse: training", StringComparison.Ordinal))
            .Which.Should().Contain("training 20 steps", "the specialist keeps its own budget");

        using var again = ModelSet.Load(profile, seed: 1, provider, threads: 1);
        again.Sources.Values.Should().AllBeEquivalentTo(ModelSource.Cache);
    }
}
