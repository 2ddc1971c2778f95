using FluentAssertions;
using IclClaims.Claims.Tests.TestSupport;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Model;
using IclClaims.Experiments.Runtime;
using IclClaims.Experiments.Store;
using IclClaims.Figures.Json;
using IclClaims.Figures.Recipes;

namespace IclClaims.Claims.Tests.Cli;

/// <summary>A long training's milestones: each saved model scored, and claims 1-3 where the three linear models meet at one budget.</summary>
public sealed class MilestonesCommandTests : IDisposable
{
    private readonly ScratchDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private void Save(string model, int step)
    {
        // Untrained weights: the command's bookkeeping is under test, not what the models learned.
        using var weights = Models.Create(Profiles.ExtendedLong.Model(model, 1).Model, step);
        var path = Milestone.File(_dir.Path, ProfileName.ExtendedLong, 1, model, step);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        weights.save(path);
    }

    [Fact]
    public void Claims_1_to_3_are_measured_where_the_mixtures_budget_meets_the_specialists()
    {
        var linear = Profiles.ExtendedLong.Linear;
        var interval = ModelProvider.MilestoneInterval(Profiles.ExtendedLong);
        // The mixture's first milestone of its second stage is the specialists' milestone at first stage + interval.
        var budget = linear.FirstStageSteps!.Value + interval;
        var next = budget + interval;
        Save(ExperimentProfile.DenseModel, budget);
        Save(ExperimentProfile.SparseModel, budget);
        Save(ExperimentProfile.SparseModel, interval);
        Save(ExperimentProfile.MixtureModel, interval);
        Save(ExperimentProfile.DenseModel, next);
        Save(ExperimentProfile.SparseModel, next);
        Save(ExperimentProfile.MixtureModel, 2 * interval);
        // A sinusoid model's milestone (kept by earlier trainings) is not a linear model's: left out, not scored as one.
        Save(ExperimentProfile.SineMixtureModel, interval);

        var lines = new List<string>();
        var exit = SuiteCli.Run(["milestones", "--profile", "ExtendedLong", "--seed", "1", "--prompts", "200", "--threads", "1", "--milestones", _dir.Path], lines.Add,
            TestContext.Current.CancellationToken);

        exit.Code.Should().Be(0, exit.LastError);
        exit.StandardOutput.Should().Contain($"| sparse | {interval} | ").And.Contain($"| mixture | {budget} | ");
        exit.StandardOutput.Should().Contain($"- budget {budget}, claim 1:").And.Contain($"- budget {budget}, claim 3:");
        exit.StandardOutput.Should().NotContain($"- budget {interval}, claim", "at that budget there is no mixture to compare");
        exit.StandardOutput.Should().Contain("sine-mixture: not a linear model of ExtendedLong").And.NotContain("| sine-mixture |");
        File.ReadAllText(Path.Combine(_dir.Path, "ExtendedLong", "seed1", "curve.md")).Should().Contain($"| check | {budget} | {next} | bar |")
            .And.Contain("| claim 2: ", "curve.md holds every check of claims 1-3 by budget");

        // The figure draws the same numbers: the areas against the budget, then one panel per check with its bar.
        var figure = FigureJson.Deserialize(File.ReadAllText(Path.Combine(_dir.Path, "ExtendedLong", "seed1", "curve.json")));
        File.Exists(Path.Combine(_dir.Path, "ExtendedLong", "seed1", "curve.png")).Should().BeTrue();
        figure.Panels[0].Series.Select(s => s.Name).Should().Contain("sparse on sparse(d=8,k=2)");
        figure.Panels[0].Series.Single(s => s.Name == "sparse on sparse(d=8,k=2)").X.Should().Equal(interval, budget, next);
        var checks = figure.Panels.Skip(1).ToList();
        // One panel a check at both budgets, also for a check decided at its worst position, which may move between them.
        checks.Should().NotBeEmpty().And.OnlyContain(p => p.Series.Single().X.SequenceEqual(new double[] { budget, next }));
        checks.Should().OnlyContain(p => p.Title.Split('\n').All(l => l.Length <= TrainingBudgetFigure.TitleLineLength));
        checks.Select(p => p.Title).Should().Contain(t => t.StartsWith("claim 1: ", StringComparison.Ordinal))
            .And.Contain(t => t.StartsWith("claim 3: ", StringComparison.Ordinal));
        checks.Should().OnlyContain(p => p.ReferenceLinesOrEmpty.Count == 1);
    }
}
