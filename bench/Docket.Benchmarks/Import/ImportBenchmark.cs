using System.Diagnostics;
using System.Globalization;
using System.Text;
using Docket.Benchmarks.Archive;
using Docket.Benchmarks.Corpus;
using Docket.Benchmarks.Measurement;
using Docket.Notes;
using Docket.Store.Import;
using Docket.Store.Sqlite;
using Markdig;
using Microsoft.Data.Sqlite;

namespace Docket.Benchmarks.Import;

/// <summary>
/// Import (parse, extract, store) of a large archive into a fresh SQLite store, against the bare
/// parse of the same text: Docket's NotesReader.Read over the same bytes, which is the parse and
/// extraction the import does before it writes anything. The ratio is what storing costs on top
/// of understanding the notes. Target: at most 3.0.
/// </summary>
internal sealed class ImportBenchmark : IBenchmark
{
    public string Name => "import";

    public string Description => "NotesImporter into a fresh SQLite store vs NotesReader.Read, over the corpus replicated to --megabytes (100) MB";

    /// <summary>Rounds timed unless --rounds says otherwise: three, since each is an import of the whole archive.</summary>
    private const int DefaultRounds = 3;

    public int Run(BenchmarkSettings settings, TextWriter output) => RunAsync(settings, output).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(BenchmarkSettings settings, TextWriter output)
    {
        var corpus = NotesCorpus.Load(settings.CorpusFolder);
        if (corpus.Files.Count == 0)
        {
            Console.Error.WriteLine($"bench import: no files in {corpus.Folder}");
            return 1;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {corpus.Files.Count} files, {corpus.Megabytes:F1} MB, from {corpus.Folder}"));
        var archive = NotesArchive.Ensure(settings, corpus, settings.Megabytes, output);
        output.WriteLine(archive.Describe());
        var files = ArchiveFile.Load(archive.Files);
        var megabytes = archive.Megabytes;

        // Warm-up: JIT and tiered compilation of the reader (a tenth of the files, twice), of EF Core's
        // model and of SQLite (a hundredth imported into a throwaway store).
        var parseWarmup = files.Where((_, i) => i % 10 == 0).ToList();
        var warmup = files.Where((_, i) => i % 100 == 0).ToList();
        var scratch = Directory.CreateTempSubdirectory("docket-bench-import-");
        try
        {
            var warmupStart = Stopwatch.GetTimestamp();
            for (var i = 0; i < 2; i++)
            {
                Parse(parseWarmup);
                ParseMarkdown(Decode(parseWarmup));
            }

            var warmupStore = new SqliteStore(Path.Combine(scratch.FullName, "warmup.db"));
            await warmupStore.PrepareAsync(CancellationToken.None).ConfigureAwait(false);
            await ArchiveImport.RunAsync(warmupStore, warmup, progress: null, CancellationToken.None).ConfigureAwait(false);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"warm-up: {parseWarmup.Count} files ({MegabytesOf(parseWarmup):F1} MB) parsed twice, {warmup.Count} files ({MegabytesOf(warmup):F1} MB) imported into a throwaway store, {Stopwatch.GetElapsedTime(warmupStart).TotalSeconds:F1} s"));

            var texts = Decode(files);
            var markdig = Time(() => ParseMarkdown(texts));
            texts = null;

            // Rounds: parse, then import and parse again, round after round, each import into a store
            // of its own. Each import is set against the mean of the two parses around it, and the
            // figure is the median of those ratios: load from other work on a shared machine moves
            // both sides of a round alike, and one disturbed round does not move the median.
            var rounds = settings.RoundsGiven ? settings.Rounds : DefaultRounds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing {rounds} rounds: a parse, then in each round an import into a fresh store and a parse"));
            var parse = TimeParse(files);
            var read = parse.Read;
            var results = new List<ImportRound>();
            var databasePath = "";
            for (var round = 1; round <= rounds; round++)
            {
                var store = new SqliteStore(Path.Combine(scratch.FullName, $"docket-{round}.db"));
                databasePath = store.Path;
                await store.PrepareAsync(CancellationToken.None).ConfigureAwait(false);
                Collect();
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench import: round {round} of {rounds}: importing {files.Count} files, {megabytes:F1} MB; progress every 10%"));
                var import = await ImportRound.RunAsync(store, files).ConfigureAwait(false);
                var after = TimeParse(files);
                results.Add(import with { Round = round, ParseSeconds = (parse.Seconds + after.Seconds) / 2 });
                parse = after;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}: import {import.Seconds:F2} s, parse {results[^1].ParseSeconds:F2} s around it, ratio {results[^1].Ratio:F2}"));
                SqliteConnection.ClearAllPools();
                if (round < rounds)
                {
                    DeleteDatabase(store.Path);
                }
            }

            var median = results.OrderBy(r => r.Ratio).ElementAt(results.Count / 2);
            var totals = median.Totals;
            var importSeconds = median.Seconds;
            var parseSeconds = median.ParseSeconds;

            Checkpoint(databasePath);   // the last round's store, kept
            var rows = StoreRows.Count(databasePath);
            var allRows = rows.Values.Sum();
            var databaseMegabytes = new FileInfo(databasePath).Length / (1024.0 * 1024.0);

            // The same rows once more, by SQLite alone, in as many transactions as the import made
            // (one per batch time): how much of the import is the database's own work.
            Collect();
            var transactions = Math.Max(1, (int)Math.Round(importSeconds / NotesImporter.DefaultBatchTime.TotalSeconds));
            var floorSeconds = StoreFloor.Measure(databasePath, Path.Combine(scratch.FullName, "floor.db"), transactions);

            output.WriteLine($"the median round, {median.Round} of {rounds}:");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"markdig  (reference) Markdown.Parse of the decoded text: {markdig.Seconds,8:F2} s  {megabytes / markdig.Seconds,7:F2} MB/s  {markdig.Result} top-level blocks"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"parse    (baseline)  NotesReader.Read of the same bytes, no store: {parseSeconds,8:F2} s  {megabytes / parseSeconds,7:F2} MB/s  (the mean of the parses before and after the import)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"           read {files.Count} files: {read.Meetings} meetings, {read.Decisions} decisions, {read.Actions} actions, {read.Failures} files not read"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"import   (measured)  NotesImporter.ImportAllAsync, fresh SQLite store, each file atomic: {importSeconds,8:F2} s  {megabytes / importSeconds,7:F2} MB/s  {totals.Files / importSeconds:F1} files/s"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"           garbage collection paused it {median.Pauses.TotalSeconds:F2} s ({median.Memory}); the process used {median.Cpu.TotalSeconds:F2} s of processor time, on all its threads"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"           stored {totals.Files} files ({totals.Failed} failed): {totals.Meetings} meetings, {totals.Decisions} decisions, {totals.Actions} actions; {rows.GetValueOrDefault("SearchEntries")} search entries"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"           {allRows} rows in all ({allRows / importSeconds:F0} rows/s), database {databaseMegabytes:F0} MB: {string.Join(", ", rows.Select(r => $"{r.Key} {r.Value}"))}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"floor    (reference) the stored rows written again by bare SQLite statements, {transactions} transactions, search indexed and optimized: {floorSeconds,8:F2} s = {floorSeconds / parseSeconds:F2} x the parse; an import of these rows cannot go below it"));
            foreach (var error in totals.FirstErrors)
            {
                output.WriteLine($"           error: {error}");
            }

            archive.KeepDatabase(databasePath, settings.RepositoryFolder);
            output.WriteLine($"kept the database for bench/run search: {archive.DatabasePath}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import ratio={median.Ratio:F2}"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>One timed parse of every file, with what it read.</summary>
    private static (double Seconds, ReadTotals Read) TimeParse(IReadOnlyList<ArchiveFile> files) => Time(() => Parse(files));

    private static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static ReadTotals Parse(IReadOnlyList<ArchiveFile> files)
    {
        long meetings = 0, decisions = 0, actions = 0;
        var failures = 0;
        foreach (var file in files)
        {
            var result = NotesReader.Read(file.Bytes, file.Path);
            if (result.Document is { } document)
            {
                meetings += document.Meetings.Count;
                decisions += document.Meetings.Sum(m => m.Decisions.Count);
                actions += document.Meetings.Sum(m => m.Actions.Count);
            }
            else
            {
                failures++;
            }
        }

        return new ReadTotals(meetings, decisions, actions, failures);
    }

    private static long ParseMarkdown(IReadOnlyList<string> texts)
    {
        long blocks = 0;
        foreach (var text in texts)
        {
            blocks += Markdown.Parse(text).Count;
        }

        return blocks;
    }

    private static double MegabytesOf(IReadOnlyList<ArchiveFile> files) => files.Sum(f => (long)f.Bytes.Length) / (1024.0 * 1024.0);

    private static List<string> Decode(IReadOnlyList<ArchiveFile> files) => files.Select(f => Encoding.UTF8.GetString(f.Bytes)).ToList();

    private static (double Seconds, T Result) Time<T>(Func<T> work)
    {
        Collect();
        var start = Stopwatch.GetTimestamp();
        var result = work();
        return (Stopwatch.GetElapsedTime(start).TotalSeconds, result);
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    // Folds the write-ahead log into the database file, so the file can be moved and counted alone.
    private static void Checkpoint(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }

    private sealed record ReadTotals(long Meetings, long Decisions, long Actions, int Failures);
}
