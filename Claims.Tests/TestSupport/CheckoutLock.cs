[assembly: AssemblyFixture(typeof(IclClaims.Claims.Tests.TestSupport.CheckoutLock))]

namespace IclClaims.Claims.Tests.TestSupport;

/// <summary>
/// Marks the test binaries as in use while this test host runs: coverage instruments <c>bin/</c> in place, so a second
/// test run on the same checkout would rewrite the assemblies this one executes. Directory.Build.targets refuses to
/// start a run, in one line, while the lock names a live process.
/// </summary>
public sealed class CheckoutLock : IDisposable
{
    /// <summary>The lock file beside the test assembly; Directory.Build.targets reads the same name.</summary>
    public const string FileName = "testhost.lock";

    private readonly string _path = Path.Combine(AppContext.BaseDirectory, FileName);

    public CheckoutLock()
    {
        try
        {
            // A test host this run starts itself (a bad-setting run of the same binaries) finds the lock held by its
            // parent: it leaves the lock to it, or the parent would lose it when the inner host ends.
            if (HeldByAnotherTestHost()) return;
            File.WriteAllText(_path, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only output folder: nothing can rewrite it either.
        }
    }

    /// <summary>The same test as Directory.Build.targets': the lock names a running host of this test assembly.</summary>
    private bool HeldByAnotherTestHost()
    {
        if (!File.Exists(_path) || !int.TryParse(File.ReadAllText(_path).Trim(), out var pid) || pid == Environment.ProcessId) return false;
        if (!IclClaims.Experiments.Runtime.LiveProcess.IsAlive(pid)) return false;
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Contains("IclClaims.Claims.Tests", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        try
        {
            if (File.Exists(_path) && File.ReadAllText(_path).Trim() == Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                File.Delete(_path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind: the next run sees that its process is gone and goes ahead.
        }
    }
}
