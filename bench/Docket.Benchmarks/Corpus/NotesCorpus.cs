namespace Docket.Benchmarks.Corpus;

/// <summary>Every file of every source of shared/corpus, loaded once.</summary>
internal sealed class NotesCorpus
{
    private NotesCorpus(string folder, IReadOnlyList<CorpusFile> files)
    {
        Folder = folder;
        Files = files;
        Bytes = files.Sum(f => f.Bytes);
        Sources = files.Select(f => f.Path.Split('/')[0]).Distinct(StringComparer.Ordinal).Count();
    }

    public string Folder { get; }

    public IReadOnlyList<CorpusFile> Files { get; }

    public long Bytes { get; }

    public int Sources { get; }

    public double Megabytes => Bytes / (1024.0 * 1024.0);

    /// <summary>
    /// Loads the files of every source folder, whatever their extension. The top-level README.md and
    /// MANIFEST.tsv describe the corpus and are not notes, so they are left out.
    /// </summary>
    public static NotesCorpus Load(string folder)
    {
        var files = Directory.EnumerateDirectories(folder)
            .SelectMany(source => Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(path => new CorpusFile(
                Path.GetRelativePath(folder, path).Replace('\\', '/'),
                File.ReadAllText(path),
                new FileInfo(path).Length))
            .ToList();
        return new NotesCorpus(folder, files);
    }
}
