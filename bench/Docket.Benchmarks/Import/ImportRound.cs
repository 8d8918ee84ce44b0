using System.Diagnostics;
using Docket.Benchmarks.Measurement;
using Docket.Store.Sqlite;

namespace Docket.Benchmarks.Import;

/// <summary>One timed import of the archive into a fresh store, with what it cost the process, set against the parses around it.</summary>
internal sealed record ImportRound(double Seconds, TimeSpan Cpu, TimeSpan Pauses, Allocations Memory, ImportTotals Totals)
{
    public int Round { get; init; }

    /// <summary>The mean of the timed parses just before and just after this import.</summary>
    public double ParseSeconds { get; init; }

    public double Ratio => Seconds / ParseSeconds;

    public static async Task<ImportRound> RunAsync(SqliteStore store, IReadOnlyList<ArchiveFile> files)
    {
        var pauses = GC.GetTotalPauseDuration();
        var cpu = Environment.CpuUsage.TotalTime;
        var memory = Allocations.Now;
        var start = Stopwatch.GetTimestamp();
        var totals = await ArchiveImport.RunAsync(store, files, Console.Error, CancellationToken.None).ConfigureAwait(false);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return new ImportRound(seconds, Environment.CpuUsage.TotalTime - cpu, GC.GetTotalPauseDuration() - pauses, Allocations.Now - memory, totals);
    }
}
