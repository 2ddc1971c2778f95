namespace IclClaims.Experiments.Runtime;

/// <summary>
/// A child of the suite's command line watches its parent: when the parent is gone (a cancelled or killed test run),
/// the child is interrupted as by SIGTERM, so a training writes its checkpoint for the next run instead of running on
/// alone, and a measurement stops.
/// </summary>
public static class ParentWatch
{
    /// <summary>The variable through which a parent hands its process id to the children it starts.</summary>
    public const string Variable = "ICLCLAIMS_PARENT_PID";

    /// <summary>Starts watching when this process was started by a suite process; <paramref name="parentGone"/> runs once.</summary>
    public static void Start(Action parentGone)
    {
        ArgumentNullException.ThrowIfNull(parentGone);
        if (!int.TryParse(Environment.GetEnvironmentVariable(Variable), out var parent) || parent <= 0) return;
        var thread = new Thread(() =>
        {
            while (LiveProcess.IsAlive(parent)) Thread.Sleep(TimeSpan.FromSeconds(1));
            parentGone();
        })
        { IsBackground = true, Name = "parent watch" };
        thread.Start();
    }
}
