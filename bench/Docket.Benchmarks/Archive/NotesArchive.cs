using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Docket.Benchmarks.Corpus;

namespace Docket.Benchmarks.Archive;

/// <summary>
/// The generated archive, cached under <c>.build/bench-archive/</c> and keyed by the corpus's
/// contents, the generator's version and the size asked for, so 100 MB is written once, not on
/// every run. The imported database the search benchmark reads is kept beside it, marked with
/// the build of the store that made it.
/// </summary>
internal sealed class NotesArchive
{
    private const string DoneMarker = "archive.json";
    private const string DatabaseMarker = "docket.db.built-by";

    private NotesArchive(string folder, IReadOnlyList<string> files, ArchiveStats stats, bool reused)
    {
        Folder = folder;
        Files = files;
        Stats = stats;
        Reused = reused;
    }

    public string Folder { get; }

    /// <summary>Where the notes files are: what <c>rg</c> searches.</summary>
    public string NotesFolder => Path.Combine(Folder, "notes");

    /// <summary>The database a full import of the archive made, for the search benchmark.</summary>
    public string DatabasePath => Path.Combine(Folder, "docket.db");

    /// <summary>Every notes file, full paths in ordinal order: the order they are imported in.</summary>
    public IReadOnlyList<string> Files { get; }

    public ArchiveStats Stats { get; }

    public bool Reused { get; }

    public double Megabytes => Stats.Bytes / (1024.0 * 1024.0);

    /// <summary>The archive of <paramref name="megabytes"/> MB made from <paramref name="corpus"/>: the cached one, else a new one.</summary>
    public static NotesArchive Ensure(BenchmarkSettings settings, NotesCorpus corpus, int megabytes, TextWriter output)
    {
        var root = Path.Combine(settings.CacheFolder, "bench-archive");
        var name = string.Create(CultureInfo.InvariantCulture, $"{megabytes}mb-{Key(corpus, megabytes)}");
        var folder = Path.Combine(root, name);
        var marker = Path.Combine(folder, DoneMarker);
        if (File.Exists(marker) && JsonSerializer.Deserialize<ArchiveStats>(File.ReadAllText(marker)) is { } cached)
        {
            return new NotesArchive(folder, ListFiles(Path.Combine(folder, "notes")), cached, reused: true);
        }

        // Archives of other keys are 100 MB or more each, with their databases: keep one at a time.
        if (Directory.Exists(root))
        {
            foreach (var old in Directory.EnumerateDirectories(root).Where(d => Path.GetFileName(d) != name))
            {
                output.WriteLine($"removing an archive made for another corpus, size or generator: {old}");
                Directory.Delete(old, recursive: true);
            }
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);   // an interrupted generation
        }

        var start = Stopwatch.GetTimestamp();
        var notes = Path.Combine(folder, "notes");
        var stats = ArchiveGenerator.Generate(corpus, notes, megabytes * 1024L * 1024L);
        File.WriteAllText(marker, JsonSerializer.Serialize(stats));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated the archive in {Stopwatch.GetElapsedTime(start).TotalSeconds:F1} s (cached for later runs)"));
        return new NotesArchive(folder, ListFiles(notes), stats, reused: false);
    }

    /// <summary>Whether <see cref="DatabasePath"/> holds a complete import made from the store's current source.</summary>
    public bool HasDatabase(string repository) => File.Exists(DatabasePath)
        && File.Exists(Path.Combine(Folder, DatabaseMarker))
        && File.ReadAllText(Path.Combine(Folder, DatabaseMarker)) == StoreSource(repository);

    /// <summary>Keeps a finished import's database (its file, WAL checkpointed and closed) for the search benchmark.</summary>
    public void KeepDatabase(string databasePath, string repository)
    {
        var markerPath = Path.Combine(Folder, DatabaseMarker);
        File.Delete(markerPath);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }

        File.Move(databasePath, DatabasePath);
        File.WriteAllText(markerPath, StoreSource(repository));
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"archive: {Stats.Files} files, {Megabytes:F1} MB, {Stats.Variants} variants of the corpus (variant 0 as is; the oldest moved {-Stats.OldestShiftWeeks} weeks back), "
        + $"{Stats.DatesShifted} dates moved, {Stats.NamesReplaced} names replaced ({Stats.Names} names, {Stats.Handles} @handles renamed per variant), "
        + $"seed {ArchiveGenerator.Seed}, {(Reused ? "cached" : "new")} in {Folder}");

    private static IReadOnlyList<string> ListFiles(string notes) =>
        Directory.EnumerateFiles(notes, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    private static string Key(NotesCorpus corpus, int megabytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"generator {ArchiveGenerator.Version} seed {ArchiveGenerator.Seed} size {megabytes}\n")));
        foreach (var file in corpus.Files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(file.Text));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    // The code that reads and stores notes, by its source: a database made by other code may hold other rows.
    // (Source, not the assemblies' ids: those change between builds of the same source.)
    private static string StoreSource(string repository)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = new[] { "Docket.Notes", "Docket.Store", "Docket.Store.Sqlite" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(repository, "src", project), "*", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(repository, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(repository, file)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
