using System.Runtime.CompilerServices;

namespace IclClaims.Experiments.Configuration;

/// <summary>
/// Holds .NET's finalizer thread while trainings run in this process. TorchSharp's <c>Scalar</c> is a finalizable
/// wrapper of a raw native pointer: one made implicitly inside a torch call (Adam's <c>1 - beta1</c> or <c>eps</c>) is
/// unreachable as soon as its pointer is passed, so a garbage collection started by another thread can finalize it,
/// freeing the native scalar while the call still reads it. A clean-clone CI run with two in-run trainings beside the
/// store-served profile's measurements died that way in Adam's step ("Expected false to be true", c10 Scalar toFloat;
/// docs/throughput.md, "Finalizer race"). While a pause is held finalizers queue up and run once the last holder lets go;
/// everything finalizable stays alive until then (the memory this costs is measured in docs/throughput.md).
/// </summary>
public static class FinalizerPause
{
    /// <summary>How long <see cref="Hold"/> waits for the finalizer thread to reach the pause before giving up.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private static readonly Lock Gate = new();
    private static int _holders;
    private static ManualResetEventSlim? _release;

    /// <summary>Whether the finalizer thread is held now.</summary>
    public static bool Held
    {
        get
        {
            lock (Gate) return _holders > 0;
        }
    }

    /// <summary>Holds the finalizer thread until every holder has disposed its hold (holds nest and overlap).</summary>
    /// <exception cref="TimeoutException">The finalizer thread did not reach the pause in <see cref="StartTimeout"/>.</exception>
    public static IDisposable Hold()
    {
        lock (Gate)
        {
            if (_holders == 0) _release = Block();
            _holders++;
        }
        return new Holder();
    }

    private static ManualResetEventSlim Block()
    {
        var release = new ManualResetEventSlim(false);
        // Not disposed here: after a timeout the blocker's finalizer may still set it.
        var reached = new ManualResetEventSlim(false);
        Plant(release, reached);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Finalizers already queued run first; collecting again is harmless and makes sure the blocker is found.
        while (!reached.Wait(TimeSpan.FromMilliseconds(10)))
        {
            if (clock.Elapsed > StartTimeout)
            {
                release.Set();
                throw new TimeoutException($"the finalizer thread did not reach the pause within {StartTimeout.TotalSeconds:0} s");
            }
            GC.Collect();
        }
        return release;
    }

    // Not inlined, so that no reference to the blocker outlives this call in the caller's frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Plant(ManualResetEventSlim release, ManualResetEventSlim reached) => _ = new Blocker(release, reached);

    private static void Let()
    {
        lock (Gate)
        {
            if (--_holders > 0) return;
            _release!.Set();
            _release = null;
        }
    }

    private sealed class Blocker(ManualResetEventSlim release, ManualResetEventSlim reached)
    {
        ~Blocker()
        {
            reached.Set();
            release.Wait();
            release.Dispose();
        }
    }

    private sealed class Holder : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) Let();
        }
    }
}
