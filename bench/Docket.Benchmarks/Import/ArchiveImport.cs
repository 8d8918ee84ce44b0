using System.Diagnostics;
using System.Globalization;
using Docket.Store.Import;
using Docket.Store.Storage;

namespace Docket.Benchmarks.Import;

/// <summary>Imports files through <see cref="NotesImporter.ImportAllAsync"/>, as <c>docket import</c> does.</summary>
internal static class ArchiveImport
{
    /// <summary>
    /// Imports every file in order and returns the totals. When <paramref name="progress"/> is given,
    /// writes a line to it at each tenth of the bytes: a 100 MB import takes minutes.
    /// </summary>
    public static async Task<ImportTotals> RunAsync(StoreProvider provider, IReadOnlyList<ArchiveFile> files, TextWriter? progress, CancellationToken cancellationToken)
    {
        var importer = new NotesImporter(provider, FixedClock.Instance);
        var totals = new ImportTotals();
        var allBytes = files.Sum(f => (long)f.Bytes.Length);
        long done = 0;
        var nextTenth = 1;
        var start = Stopwatch.GetTimestamp();
        var sizes = files.ToDictionary(f => f.Path, f => f.Bytes.Length, StringComparer.Ordinal);
        await foreach (var file in importer.ImportAllAsync(files.Select(f => new ImportRequest(f.Path, f.Bytes)), cancellationToken).ConfigureAwait(false))
        {
            totals.Add(file);
            done += sizes[file.Path];
            if (progress is not null && done * 10 >= allBytes * nextTenth)
            {
                var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
                var megabytes = done / (1024.0 * 1024.0);
                progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  import: {done * 100 / allBytes,3}% {totals.Files} files, {megabytes:F1} MB in {seconds:F1} s ({megabytes / seconds:F2} MB/s)"));
                nextTenth = (int)(done * 10 / allBytes) + 1;
            }
        }

        return totals;
    }
}
