using System.Text.Json.Nodes;
using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Files;
using IclClaims.Experiments.Store;
using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Store;

[Collection(IclClaims.Claims.Tests.TestSupport.InProcessTrainingCollection.Name)]
public sealed class ModelEntryTests
{
    [Theory]
    [InlineData("Models/Extended/seed2/mixture")]
    [InlineData("Models/Extended/seed2/mixture/")]
    public void A_sibling_is_the_entry_of_another_model_in_the_same_folder(string directory)
    {
        new ModelEntry(directory).Sibling("sparse").Directory.Should().Be(Path.Combine("Models", "Extended", "seed2", "sparse"));
    }

    [Theory]
    [InlineData("Models/Extended/seed2", 2)]
    [InlineData("Models/Extended/seed13/", 13)]
    [InlineData("Models/Extended/mixture", null)]
    [InlineData("Models/Extended/seed", null)]
    [InlineData("Models/Extended/seed-1", null)]
    [InlineData("Models/Extended/seedx", null)]
    public void A_store_folder_names_its_seed_or_none(string folder, int? seed)
    {
        ModelEntry.SeedOfFolder(folder).Should().Be(seed);
    }

    [Fact]
    public void A_store_entry_sits_in_its_seed_folder()
    {
        ModelEntry.InStore("Models", IclClaims.Experiments.Configuration.ProfileName.Extended, 3, "dense").Directory
            .Should().Be(Path.Combine("Models", "Extended", "seed3", "dense"));
    }

    [Theory]
    [InlineData("weightsSha256", "its weights hash")]
    [InlineData("lossLog", "its loss log")]
    [InlineData("key", "its model key")]
    public void A_provenance_missing_what_loading_needs_is_named_not_a_crash(string field, string named)
    {
        using var dir = new ScratchDirectory();
        var committed = StoreEntries.Committed().First().Entry;
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(committed.Directory, ModelEntry.ProvenanceFile)))!.AsObject();
        var key = json.Select(p => p.Key).Single(k => string.Equals(k, field, StringComparison.OrdinalIgnoreCase));
        if (field == "lossLog") json[key] = new JsonArray();
        else json.Remove(key);
        Directory.CreateDirectory(dir.Sub("entry"));
        File.WriteAllText(Path.Combine(dir.Sub("entry"), ModelEntry.ProvenanceFile), json.ToJsonString());

        var act = () => new ModelEntry(dir.Sub("entry")).ReadProvenance();

        act.Should().Throw<InvalidDataException>().Which.Message.Should().Contain(named);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    public void A_recorded_weights_hash_shorter_than_its_abbreviation_is_reported_as_corrupt_not_a_crash(string recorded)
    {
        using var dir = new ScratchDirectory();
        var config = TinyTraining.Linear(steps: 2);
        var (model, state) = new Trainer().Train(config, checkpoint: null);
        using (model) ModelEntry.Write(dir.Sub("entry"), model, config, state, "CPU");
        var provenance = Path.Combine(dir.Sub("entry"), ModelEntry.ProvenanceFile);
        var json = JsonNode.Parse(File.ReadAllText(provenance))!.AsObject();
        json[json.Select(p => p.Key).Single(k => string.Equals(k, "weightsSha256", StringComparison.OrdinalIgnoreCase))] = recorded;
        File.WriteAllText(provenance, json.ToJsonString());

        var act = () => new ModelEntry(dir.Sub("entry")).Load(config);

        // An empty hash is missing (named by ReadProvenance); a short one is a mismatch naming what was recorded.
        act.Should().Throw<InvalidDataException>().Which.Message.Should().Contain(recorded.Length == 0 ? "its weights hash" : "recorded 'abc'");
    }

    [Fact]
    public void Folders_a_killed_write_left_behind_are_removed_by_the_next_write()
    {
        using var dir = new ScratchDirectory();
        var target = dir.Sub("model");
        var leftover = dir.Sub(".tmp-model-0123456789abcdef");
        Directory.CreateDirectory(leftover);
        File.WriteAllText(Path.Combine(leftover, "model.bin"), "half");
        var unrelated = dir.Sub(".tmp-other-0123");
        Directory.CreateDirectory(unrelated);

        AtomicDirectory.Write(target, d => File.WriteAllText(Path.Combine(d, "x"), "whole"));

        Directory.Exists(leftover).Should().BeFalse();
        Directory.Exists(unrelated).Should().BeTrue("only the same target's leftovers are its to remove");
        File.ReadAllText(Path.Combine(target, "x")).Should().Be("whole");
    }
}
