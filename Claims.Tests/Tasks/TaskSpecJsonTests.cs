using System.Text.Json;
using FluentAssertions;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Files;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Tasks;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Tasks;

/// <summary>Task specs (what cache keys and provenance files hold) survive a JSON round trip unchanged.</summary>
public class TaskSpecJsonTests
{
    public static TheoryData<string> Names => ["dense", "sparse-noisy", "linear-sine", "uniform-sine", "linear-mixture", "sine-mixture", "nested-mixture"];

    private static TaskSpec Spec(string name) => name switch
    {
        "dense" => LinearTaskSpec.Dense(20),
        "sparse-noisy" => new LinearTaskSpec(20, 2, Noise: 0.25),
        "linear-sine" => new LinearSineTaskSpec(0.3, 1, 3),
        "uniform-sine" => new LinearSineTaskSpec(0, 2, 2, InputKind.Uniform, 1.5),
        "linear-mixture" => Profiles.Paper.Linear.Mixture,
        "sine-mixture" => Profiles.Ci.Sine.Mixture,
        "nested-mixture" => new MixtureTaskSpec([new WeightedTask(Profiles.Ci.Sine.Mixture, 0.2), new WeightedTask(new LinearSineTaskSpec(0.5, 1, 3), 0.8)]),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_task_spec_round_trips_through_json_to_an_equal_spec(string name)
    {
        var spec = Spec(name);

        var text = JsonSerializer.Serialize(spec, Json.Options);
        var back = JsonSerializer.Deserialize<TaskSpec>(text, Json.Options);

        back.Should().NotBeNull();
        back!.GetType().Should().Be(spec.GetType());
        back.Should().Be(spec);
        back.GetHashCode().Should().Be(spec.GetHashCode());
        JsonSerializer.Serialize(back, Json.Options).Should().Be(text);
    }

    [Fact]
    public void Json_names_the_kind_of_each_spec()
    {
        var text = JsonSerializer.Serialize<TaskSpec>(Profiles.Ci.Linear.Mixture, Json.Options);

        using var doc = JsonDocument.Parse(text);
        doc.RootElement.GetProperty("kind").GetString().Should().Be("mixture");
        doc.RootElement.GetProperty("components")[0].GetProperty("task").GetProperty("kind").GetString().Should().Be("linear");
    }

    [Fact]
    public void Mixture_specs_with_equal_components_are_equal_and_different_weights_are_not()
    {
        var a = Profiles.Ci.Linear.Mixture;
        var b = Profiles.Ci.Linear with { MixtureDenseWeight = Profiles.Ci.Linear.MixtureDenseWeight };
        var c = Profiles.Ci.Linear with { MixtureDenseWeight = Profiles.Ci.Linear.MixtureDenseWeight + 0.1 };

        a.Should().Be(b.Mixture);
        a.Should().NotBeSameAs(b.Mixture);
        a.Should().NotBe(c.Mixture);
    }

    [Fact]
    public void A_training_config_round_trips_with_the_same_model_key()
    {
        var config = Profiles.Paper.Model(ExperimentProfile.MixtureModel, seed: 7);

        var back = JsonSerializer.Deserialize<TrainingConfig>(JsonSerializer.Serialize(config, Json.Options), Json.Options);

        back.Should().Be(config);
        ModelKey.Of(back!).Should().Be(ModelKey.Of(config));
    }
}
