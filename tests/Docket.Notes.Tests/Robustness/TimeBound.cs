using System.Diagnostics;

namespace Docket.Notes.Tests.Robustness;

/// <summary>
/// Runs work on its own thread with an ordinary stack and a deadline, so a hang fails one test
/// instead of the run, and an exception comes back as a value the test can describe.
/// </summary>
internal static class TimeBound
{
    // A thread-pool-sized stack: the reader must cope with deep input on the threads a server
    // gives it, not only on a main thread with a large stack.
    private const int StackBytes = 1024 * 1024;

    public static TimeBoundOutcome<T> Run<T>(Func<T> work, TimeSpan limit)
    {
        T? value = default;
        Exception? error = null;
        var clock = Stopwatch.StartNew();
        var thread = new Thread(() =>
        {
            try
            {
                value = work();
            }
            catch (Exception e)
            {
                error = e;
            }
        }, StackBytes)
        {
            // A runaway worker must not keep the test process alive after the run.
            IsBackground = true,
            Name = "time-bound test work",
        };
        thread.Start();
        var finished = thread.Join(limit);
        clock.Stop();
        return new TimeBoundOutcome<T>(finished ? value : default, finished ? error : null, !finished, clock.Elapsed);
    }
}
