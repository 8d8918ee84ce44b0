using Docket.Notes.Json;
using Docket.Notes.Tests.Fixtures;
using Docket.Notes.Tests.Robustness;

namespace Docket.Notes.Tests.Corpus;

/// <summary>
/// Reads every corpus file once (1,200+ files, 12 MB), each under a deadline, for all the corpus
/// tests to share.
/// </summary>
public sealed class CorpusReadings
{
    /// <summary>Generous for one file: the largest real running document is about 1.5 MB.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    // The corpus's own description and index, not notes.
    private static readonly HashSet<string> NotNotes = new(StringComparer.Ordinal) { "README.md", "MANIFEST.tsv" };

    public CorpusReadings()
    {
        var root = SharedFiles.Corpus;
        Files = [.. Directory
            .EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !NotNotes.Contains(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .Select(f => ReadOne(root, f))];
    }

    public IReadOnlyList<CorpusReading> Files { get; }

    private static CorpusReading ReadOne(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        var bytes = File.ReadAllBytes(path);
        var outcome = TimeBound.Run(() =>
        {
            var result = NotesReader.Read(bytes, relative);
            if (result.Document is { } document)
            {
                NotesJson.Write(document, Stream.Null);
            }

            return result;
        }, Limit);
        var source = relative.Split('/')[0];
        var blank = bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n');
        return new CorpusReading(relative, source, blank, outcome.Value, outcome.Problem(Limit));
    }
}
