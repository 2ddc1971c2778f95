using IclClaims.Experiments.Training;
using Spectre.Console;

namespace IclClaims.Experiments.Cli;

/// <summary>
/// Progress of the trainings a command runs, on standard error. On a terminal, one live bar per training (trainings
/// run side by side), each with its step, loss and ETA; otherwise (CI logs, <c>tail -f</c>) one plain line per
/// training every 5% of its steps, so a log stays short and readable.
/// </summary>
internal sealed class TrainingProgressDisplay : ITrainingProgress
{
    private const int PlainLineEveryPercent = 5;

    private readonly TextWriter _plain;
    private readonly IAnsiConsole? _terminal;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ProgressTask> _bars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lastLine = new(StringComparer.Ordinal);
    private ProgressContext? _live;

    /// <param name="plain">Where plain lines go; standard error by default.</param>
    /// <param name="live">Whether to draw live bars; by default, when standard error is a terminal that can.</param>
    public TrainingProgressDisplay(TextWriter? plain = null, bool? live = null)
    {
        _plain = plain ?? Console.Error;
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        _terminal = live ?? (!Console.IsErrorRedirected && terminal.Profile.Capabilities.Interactive) ? terminal : null;
    }

    /// <summary>Runs <paramref name="work"/> (which trains) with the live bars on screen, when there are any.</summary>
    public T Run<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_terminal is null) return work();
        var result = default(T)!;
        _terminal.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn())
            .Start(context =>
            {
                lock (_gate) _live = context;
                try
                {
                    result = work();
                }
                finally
                {
                    lock (_gate)
                    {
                        _live = null;
                        _bars.Clear();
                    }
                }
            });
        return result;
    }

    public void Report(TrainingProgress p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var text = $"{p.Model,-14} step {p.Step}/{p.TotalSteps}  loss {p.Loss:0.0000}  elapsed {Format(p.Elapsed)}  eta {Format(p.Remaining)}";
        lock (_gate)
        {
            if (_live is { } live)
            {
                if (!_bars.TryGetValue(p.Model, out var bar)) _bars[p.Model] = bar = live.AddTask(p.Model, maxValue: p.TotalSteps);
                bar.Description = Markup.Escape(text);
                bar.Value = p.Step;
                return;
            }
            var percent = (int)(100L * p.Step / p.TotalSteps);
            var last = _lastLine.GetValueOrDefault(p.Model, -PlainLineEveryPercent);
            if (percent / PlainLineEveryPercent == last / PlainLineEveryPercent && p.Step != p.TotalSteps) return;
            _lastLine[p.Model] = percent;
            _plain.WriteLine(text);
        }
    }

    public void Message(string text)
    {
        lock (_gate)
        {
            if (_live is not null && _terminal is not null) _terminal.MarkupLine(Markup.Escape(text));
            else _plain.WriteLine(text);
        }
    }

    internal static string Format(TimeSpan t) => t.TotalHours >= 1 ? $"{(int)t.TotalHours}h{t.Minutes:00}m" : $"{t.Minutes}m{t.Seconds:00}s";
}
