using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Model;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace IclClaims.Claims.Tests.Store;

/// <summary>ModelProvider: cache, then store, then train; corrupt entries are detected, stale store entries refused.</summary>
[Collection(IclClaims.Claims.Tests.TestSupport.InProcessTrainingCollection.Name)]
public sealed class ModelProviderTests : IDisposable
{
    private readonly ScratchDirectory _dir = new();
    private readonly RecordingProgress _progress = new();

    public ModelProviderTests() => TorchRuntime.Initialise(1);

    public void Dispose() => _dir.Dispose();

    private ModelProvider Provider(TrainPolicy policy = TrainPolicy.Store) => new(_dir.Sub("cache"), _dir.Sub("store"), policy, _progress);

    private static Tensor Predictions(IclTransformer model)
    {
        using var g = new Generator(99);
        using var noGrad = no_grad();
        return model.PredictAtInputs(randn([8, 7, 3], generator: g), randn([8, 7], generator: g));
    }

    [Fact]
    public void A_miss_trains_and_writes_a_cache_entry_that_a_later_run_serves_with_identical_weights()
    {
        var config = TinyTraining.Linear();
        var (trained, source) = Provider().Get(ProfileName.Smoke, config);
        using var first = Predictions(trained);

        source.Should().Be(ModelSource.Trained);
        var entry = Provider().CacheEntry(config);
        entry.Exists.Should().BeTrue();
        entry.ReadProvenance().Key.Should().Be(ModelKey.Of(config));
        entry.ReadProvenance().Steps.Should().Be(config.Steps);
        Directory.Exists(entry.Directory + ".checkpoint").Should().BeFalse("the checkpoint is removed once the entry is written");

        var (cached, again) = Provider().Get(ProfileName.Smoke, config);
        using var second = Predictions(cached);

        again.Should().Be(ModelSource.Cache);
        Bits.Same(second, first).Should().BeTrue("the cache holds the trained weights bit for bit");
        trained.Dispose();
        cached.Dispose();
    }

    [Theory]
    [InlineData("truncate")]
    [InlineData("flip")]
    [InlineData("delete")]
    public void A_corrupt_model_file_is_detected_reported_and_retrained(string damage)
    {
        var config = TinyTraining.Linear();
        Provider().Get(ProfileName.Smoke, config).Model.Dispose();
        var entry = Provider().CacheEntry(config);
        var weights = Path.Combine(entry.Directory, ModelEntry.WeightsFile);
        switch (damage)
        {
            case "truncate":
                using (var f = File.Open(weights, FileMode.Open)) f.SetLength(f.Length / 2);
                break;
            case "flip":
                var bytes = File.ReadAllBytes(weights);
                bytes[bytes.Length / 2] ^= 0xFF;
                File.WriteAllBytes(weights, bytes);
                break;
            default:
                File.Delete(weights);
                break;
        }

        var load = () => entry.Load(config);
        load.Should().Throw<InvalidDataException>().WithMessage(damage == "delete" ? "*missing*" : "*corrupt or truncated*");

        var (model, source) = Provider().Get(ProfileName.Smoke, config);
        model.Dispose();
        source.Should().Be(ModelSource.Trained);
        _progress.Messages.Should().Contain(m => m.Contains("cache entry unusable", StringComparison.Ordinal));
        entry.Load(config).Dispose(); // the retrained entry is whole again
    }

    [Fact]
    public void A_cache_entry_of_another_config_is_not_served()
    {
        var config = TinyTraining.Linear();
        var other = config.WithSeed(config.Seed + 1);
        Provider().Get(ProfileName.Smoke, other).Model.Dispose();
        // Put the other config's entry where this config's entry belongs.
        var target = Provider().CacheEntry(config).Directory;
        Directory.Move(Provider().CacheEntry(other).Directory, target);

        var load = () => new ModelEntry(target).Load(config);
        load.Should().Throw<InvalidDataException>().WithMessage($"*holds model {ModelKey.Of(other)}*");
        var (model, source) = Provider().Get(ProfileName.Smoke, config);
        model.Dispose();
        source.Should().Be(ModelSource.Trained);
    }

    [Fact]
    public void A_matching_store_entry_is_served_from_the_store()
    {
        var config = TinyTraining.Linear();
        var (trained, _) = new Trainer().Train(config, checkpoint: null);
        var provider = Provider();
        ModelEntry.Write(provider.StoreEntry(ProfileName.Extended, config).Directory, trained, config,
            new TrainingState(config.Steps, [new LossRecord(config.Steps, 1)], 0), "cpu");
        using var expected = Predictions(trained);

        var served = provider.TryServe(ProfileName.Extended, config);

        served.Should().NotBeNull();
        served!.Value.Source.Should().Be(ModelSource.Store);
        using var actual = Predictions(served.Value.Model);
        Bits.Same(actual, expected).Should().BeTrue();
        trained.Dispose();
        served.Value.Model.Dispose();
    }

    [Fact]
    public void A_store_entry_whose_key_does_not_match_is_refused_with_the_regenerate_command()
    {
        var config = TinyTraining.Linear(name: "mixture");
        var stale = config with { Steps = config.Steps + 1 };
        var (trained, _) = new Trainer().Train(stale, checkpoint: null, stopAfter: 1);
        var provider = Provider();
        ModelEntry.Write(provider.StoreEntry(ProfileName.Extended, config).Directory, trained, stale,
            new TrainingState(1, [new LossRecord(1, 1)], 0), "cpu");
        trained.Dispose();

        var serve = () => provider.TryServe(ProfileName.Extended, config);

        serve.Should().Throw<UserInputException>()
            .WithMessage("*does not match*dotnet run --project Experiments -c Release -- train --profile Extended --model mixture*");
        Directory.Exists(provider.CacheEntry(config).Directory).Should().BeFalse("nothing was trained in its place");
    }

    [Fact]
    public void Train_policy_always_ignores_cache_and_store()
    {
        var config = TinyTraining.Linear();
        Provider().Get(ProfileName.Smoke, config).Model.Dispose();
        var always = Provider(TrainPolicy.Always);

        always.TryServe(ProfileName.Smoke, config).Should().BeNull();
        var (model, source) = always.Get(ProfileName.Smoke, config);
        model.Dispose();

        source.Should().Be(ModelSource.Trained);
        SuiteSettings.FromLookup(v => v == SuiteSettings.TrainVariable ? "always" : null).Train.Should().Be(TrainPolicy.Always);
    }

    [Fact]
    public void A_model_missing_from_a_store_served_profile_is_refused_with_its_train_command_unless_training_is_asked_for()
    {
        var config = TinyTraining.Linear();

        var refuse = () => Provider().Get(ProfileName.Extended, config);

        refuse.Should().Throw<UserInputException>()
            .WithMessage($"*has no Extended entry for {config.Name}*{RegenerateCommand.For(ProfileName.Extended, config.Name, config.Seed)}*");
        Provider().CacheEntry(config).Exists.Should().BeFalse("nothing was trained");

        var (model, source) = Provider(TrainPolicy.Always).Get(ProfileName.Extended, config);
        using (model) source.Should().Be(ModelSource.Trained, "ICLCLAIMS_TRAIN=always trains on purpose");
    }

    private static TrainingConfig TwoStage(TrainingConfig first) =>
        TinyTraining.Linear(steps: 10, name: "second") with { StartFrom = first };

    [Fact]
    public void A_two_stage_training_trains_its_missing_first_stage_once_and_reuses_it_whatever_the_policy()
    {
        var first = TinyTraining.Linear(name: "first");
        var second = TwoStage(first);

        Provider().Get(ProfileName.Smoke, second).Model.Dispose();

        Provider().CacheEntry(first).Exists.Should().BeTrue("the first stage is cached like any model");
        _progress.Messages.Should().Contain(m => m.Contains("starting from the trained 'first' model", StringComparison.Ordinal));
        var again = Provider(TrainPolicy.Always);
        again.TrainAndCache(ProfileName.Smoke, second, again.CacheEntry(second)).Model.Dispose();
        _progress.Messages.Count(m => m.StartsWith("first: training", StringComparison.Ordinal)).Should().Be(1,
            "retraining the second stage on purpose does not retrain the first");
    }

    [Fact]
    public void A_store_served_two_stage_model_whose_first_stage_is_missing_is_refused_with_the_first_stages_train_command()
    {
        var first = TinyTraining.Linear(name: "sparse");
        var second = TwoStage(first);
        var always = Provider(TrainPolicy.Always);

        var train = () => always.TrainAndCache(ProfileName.Extended, second, always.CacheEntry(second));

        train.Should().Throw<UserInputException>()
            .WithMessage($"*starts from the trained 'sparse' model*{RegenerateCommand.For(ProfileName.Extended, "sparse", first.Seed)}*");
        always.CacheEntry(first).Exists.Should().BeFalse("an hours-long first stage never trains implicitly");
    }
}
