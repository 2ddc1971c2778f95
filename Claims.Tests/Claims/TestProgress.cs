using IclClaims.Experiments.Training;

namespace IclClaims.Claims.Tests.Claims;

/// <summary>
/// Training progress for test runs: into the running test's output and, so that a long run can be followed
/// live (tail -f), into progress.log in the output folder.
/// </summary>
public sealed class TestProgress(string logFile) : ITrainingProgress
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _lastDecile = new();

    public void Report(TrainingProgress p)
    {
        var decile = (int)(10L * p.Step / p.TotalSteps);
        lock (_gate)
        {
            if (_lastDecile.TryGetValue(p.Model, out var last) && last == decile) return;
            _lastDecile[p.Model] = decile;
        }
        Message($"{p.Model}: step {p.Step}/{p.TotalSteps}, loss {p.Loss:0.0000}, elapsed {p.Elapsed:mm\\:ss}, remaining {p.Remaining:mm\\:ss}");
    }

    public void Message(string text)
    {
        var line = $"{DateTime.Now:HH:mm:ss} {text}";
        lock (_gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(logFile)!);
            File.AppendAllText(logFile, line + Environment.NewLine);
        }
        try
        {
            TestContext.Current.TestOutputHelper?.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // No test is running (fixture set-up): the log file has it.
        }
    }
}
