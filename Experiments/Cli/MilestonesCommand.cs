using System.CommandLine;
using System.Globalization;
using System.Text;
using IclClaims.Experiments.Claims;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Reporting;
using IclClaims.Experiments.Store;
using IclClaims.Figures.Data;
using IclClaims.Figures.Model;
using IclClaims.Figures.Recipes;

namespace IclClaims.Experiments.Cli;

/// <summary>
/// <c>milestones</c>: a long training's learning curve from the weights it saved at every eighth of its budget. Each
/// saved model is scored on fresh prompts of its class (the area under its curve); at every budget where the dense
/// and sparse specialists and the mixture all have weights, every check of claims 1-3 is measured. The table is
/// written beside the milestones (<c>Models/milestones/&lt;profile&gt;/seed&lt;S&gt;/curve.md</c>), and drawn there
/// (<c>curve.png</c>, with its data as JSON and CSV).
/// </summary>
internal static class MilestonesCommand
{
    public static Command Build(CommonOptions common)
    {
        var prompts = new Option<int>("--prompts") { Description = "test prompts per task (default: the profile's)", DefaultValueFactory = _ => 0 };
        var root = new Option<string>("--milestones") { Description = "the milestones folder", DefaultValueFactory = _ => RepositoryLayout.Milestones };
        var command = new Command("milestones", "Score a long training's saved milestones: each model's held-out curve, and claims 1-3 where all three linear models exist.");
        common.AddTo(command);
        command.Options.Add(prompts);
        command.Options.Add(root);
        command.SetAction(r => CommandLineApp.Guard(() =>
        {
            var profile = common.ResolveProfile(r);
            var seed = common.ResolveSeed(r);
            // --prompts sets every linear count; without it, the profile's counts (the sweep's may be smaller).
            var counts = r.GetValue(prompts) is > 0 and var c ? new TestPromptCounts(c, profile.TestPrompts.Sine, c) : profile.TestPrompts;
            var count = counts.Linear;
            if (r.GetValue(prompts) < 0) throw new UserInputException($"--prompts: {r.GetValue(prompts)} is negative.");
            if (count > 100_000) throw new UserInputException($"--prompts: {count} is more than 100000 prompts a task.");
            common.Initialise(r);
            var folder = Milestone.Folder(Path.GetFullPath(r.GetValue(root)!), profile.Name, seed);
            if (!Directory.Exists(folder))
                throw new UserInputException($"no milestones at {folder}; a long training saves them (train --profile {profile.Name} --seed {seed} ...)");
            var table = new StringBuilder();
            table.AppendLine(CultureInfo.InvariantCulture, $"# Milestones of {profile.Name}, seed {seed}");
            table.AppendLine();
            table.AppendLine(CultureInfo.InvariantCulture, $"Normalised error on {count} fresh prompts of the model's class, averaged over n = 1..{profile.Linear.Points - 1} (the area under its held-out curve); budget = steps trained, a mixture's first stage included.");
            table.AppendLine();
            table.AppendLine("| model | budget | task | area |");
            table.AppendLine("|---|---|---|---|");
            var saved = Milestone.OfLinearModels(folder, profile, Console.WriteLine);
            var areas = new List<(string Series, int Budget, double Area)>();
            var checks = new List<(string Title, int Budget, ClaimCheck Check)>();
            foreach (var milestone in saved)
            {
                using var weights = milestone.Load(profile, seed);
                foreach (var task in MilestoneScores.TasksOf(milestone.Model, profile))
                {
                    var area = MilestoneScores.Area(milestone.Model, weights, task, count, profile.Linear.Points, seed);
                    areas.Add(($"{milestone.Model} on {task.Name}", milestone.Budget(profile), area));
                    var line = string.Create(CultureInfo.InvariantCulture, $"| {milestone.Model} | {milestone.Budget(profile)} | {task.Name} | {area:0.0000} |");
                    table.AppendLine(line);
                    Console.WriteLine(line);
                }
            }
            table.AppendLine();
            table.AppendLine(CultureInfo.InvariantCulture, $"Claims 1-3 at budgets where the three linear models have weights, on {counts.Linear} prompts a task and {counts.Sweep} a sparsity of claim 3's sweep (mean ± standard error; **fails** where the bound, mean ∓ 2 standard errors, is on the wrong side of the bar):");
            table.AppendLine();
            foreach (var budget in saved.Select(s => s.Budget(profile)).Distinct().Order())
            foreach (var claim in MilestoneScores.ClaimsAt(profile, seed, counts, saved, budget))
            foreach (var check in claim.Checks)
            {
                checks.Add(($"claim {claim.Claim}: {check.Name}", budget, check));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"- budget {budget}, claim {claim.Claim}: {(check.Holds ? "PASS" : "FAIL")} {check.Name}: {check.MeasuredText}, bound {check.BoundText} {check.TestText}"));
            }
            table.Append(BudgetCheckTable.Markdown(checks));
            var output = Path.Combine(folder, "curve.md");
            AtomicFile.WriteAllText(output, table.ToString());
            Console.Error.WriteLine($"written: {output}");
            var figure = FigureFiles.Write(Figure(profile, seed, areas, checks), folder);
            Console.Error.WriteLine($"written: {figure.Png}");
            return 0;
        }));
        return command;
    }

    private static FigureData Figure(ExperimentProfile profile, int seed, List<(string Series, int Budget, double Area)> areas,
        List<(string Title, int Budget, ClaimCheck Check)> checks) =>
        TrainingBudgetFigure.Build("curve", $"{profile.Name}, seed {seed}: held-out curves and claims 1-3 against the training budget",
            areas.GroupBy(a => a.Series).Select(g => new CurveInput(g.Key, g.Select(a => (double)a.Budget).ToArray(), g.Select(a => a.Area).ToArray())).ToList(),
            // One panel a check: a check held at every position keeps its panel wherever its worst position moves.
            checks.GroupBy(c => Bar.SplitWorstPosition(c.Title).Check).Select(g => new BudgetCheckInput(g.Key, g.Select(c => (double)c.Budget).ToArray(),
                g.Select(c => c.Check.Measured).ToArray(), g.Select(c => c.Check.StdErr).ToArray(), g.First().Check.Threshold)).ToList());
}
