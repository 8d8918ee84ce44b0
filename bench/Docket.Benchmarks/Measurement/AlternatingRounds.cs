using System.Diagnostics;
using System.Globalization;

namespace Docket.Benchmarks.Measurement;

/// <summary>
/// Times a baseline and a candidate in alternating rounds within one process, so that load from
/// other work on the machine falls on both sides alike and the ratio of medians stays meaningful.
/// </summary>
internal sealed class AlternatingRounds(int warmupRounds, int rounds)
{
    /// <summary>
    /// Runs each side <c>warmupRounds</c> times untimed (JIT, tiered compilation, caches), then
    /// <c>rounds</c> timed rounds of both, swapping which goes first each round.
    /// Each side returns a checksum of its work, so the work cannot be optimised away.
    /// </summary>
    public (Series Baseline, Series Candidate) Measure(string baselineName, Func<long> baseline, string candidateName, Func<long> candidate, TextWriter output)
    {
        for (var i = 0; i < warmupRounds; i++)
        {
            GC.KeepAlive(baseline());
            GC.KeepAlive(candidate());
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: {warmupRounds} rounds each; timing {rounds} rounds"));
        var baselineSeries = new Series(baselineName);
        var candidateSeries = new Series(candidateName);
        for (var round = 1; round <= rounds; round++)
        {
            if (round % 2 == 1)
            {
                baselineSeries.Add(Time(baseline));
                candidateSeries.Add(Time(candidate));
            }
            else
            {
                candidateSeries.Add(Time(candidate));
                baselineSeries.Add(Time(baseline));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round,2}: {baselineName} {baselineSeries.Milliseconds[^1],9:F1} ms   {candidateName} {candidateSeries.Milliseconds[^1],9:F1} ms"));
        }

        return (baselineSeries, candidateSeries);
    }

    private static double Time(Func<long> work)
    {
        // Start each round with a clean heap so one side does not pay for the other's garbage.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var start = Stopwatch.GetTimestamp();
        GC.KeepAlive(work());
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
