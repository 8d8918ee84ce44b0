using System.Globalization;
using Docket.Benchmarks.Corpus;
using Docket.Benchmarks.Measurement;
using Docket.Notes;
using Markdig;

namespace Docket.Benchmarks.Parse;

/// <summary>
/// Docket's reader (parse and extract) against Markdig's bare parse over the whole corpus:
/// how much Docket's understanding of notes costs on top of reading the Markdown at all.
/// </summary>
internal sealed class ParseBenchmark : IBenchmark
{
    public string Name => "parse";

    public string Description => "Docket NotesReader.Read (parse and extract) vs Markdig Markdown.Parse over shared/corpus";

    public int Run(BenchmarkSettings settings, TextWriter output)
    {
        var corpus = NotesCorpus.Load(settings.CorpusFolder);
        if (corpus.Files.Count == 0)
        {
            Console.Error.WriteLine($"bench parse: no files in {corpus.Folder}");
            return 1;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {corpus.Files.Count} files, {corpus.Megabytes:F1} MB, {corpus.Sources} sources, from {corpus.Folder}"));

        var (meetings, failures) = ReadAll(corpus);
        var (markdig, docket) = new AlternatingRounds(settings.WarmupRounds, settings.Rounds).Measure(
            "markdig", () => ParseAll(corpus),
            "docket", () => ReadAll(corpus).Meetings,
            output);

        output.WriteLine(Summary(markdig, corpus, $"top-level blocks {ParseAll(corpus)}"));
        output.WriteLine(Summary(docket, corpus, $"meetings found {meetings}, files not read {failures}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parse ratio={docket.MedianMilliseconds / markdig.MedianMilliseconds:F2}"));
        return 0;
    }

    private static long ParseAll(NotesCorpus corpus)
    {
        long blocks = 0;
        foreach (var file in corpus.Files)
        {
            blocks += Markdown.Parse(file.Text).Count;
        }

        return blocks;
    }

    private static (long Meetings, int Failures) ReadAll(NotesCorpus corpus)
    {
        long meetings = 0;
        var failures = 0;
        foreach (var file in corpus.Files)
        {
            var result = NotesReader.Read(file.Text, file.Path);
            if (result.Document is { } document)
            {
                meetings += document.Meetings.Count;
            }
            else
            {
                failures++;
            }
        }

        return (meetings, failures);
    }

    private static string Summary(Series series, NotesCorpus corpus, string found)
    {
        var median = series.MedianMilliseconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"{series.Name,-8} median {median,9:F1} ms  {corpus.Megabytes / (median / 1000.0),7:F1} MB/s  {corpus.Files.Count} files  {found}");
    }
}
