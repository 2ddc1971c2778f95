using IclClaims.Experiments.Training;

namespace IclClaims.Experiments.Cli;

/// <summary>Training progress on standard error: a redrawn bar on a terminal, a line every few percent in a log.</summary>
internal sealed class ConsoleProgress : ITrainingProgress
{
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private int _lastPercent = -1;

    public void Report(TrainingProgress p)
    {
        var percent = (int)(100L * p.Step / p.TotalSteps);
        const int width = 30;
        var filled = width * p.Step / p.TotalSteps;
        var line = $"{p.Model,-14} [{new string('#', filled)}{new string('.', width - filled)}] {p.Step}/{p.TotalSteps} loss {p.Loss:0.0000} " +
                   $"elapsed {Format(p.Elapsed)} eta {Format(p.Remaining)}";
        if (_interactive)
        {
            Console.Error.Write("\r" + line);
            if (p.Step == p.TotalSteps) Console.Error.WriteLine();
        }
        else if (percent / 5 != _lastPercent / 5 || p.Step == p.TotalSteps)
        {
            Console.Error.WriteLine(line);
        }
        _lastPercent = percent;
    }

    public void Message(string text)
    {
        if (_interactive && _lastPercent is >= 0 and < 100) Console.Error.WriteLine();
        Console.Error.WriteLine(text);
        _lastPercent = -1;
    }

    private static string Format(TimeSpan t) => t.TotalHours >= 1 ? $"{(int)t.TotalHours}h{t.Minutes:00}m" : $"{t.Minutes}m{t.Seconds:00}s";
}
