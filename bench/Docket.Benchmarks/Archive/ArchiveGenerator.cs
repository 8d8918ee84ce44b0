using System.Globalization;
using System.Text;
using Docket.Benchmarks.Corpus;

namespace Docket.Benchmarks.Archive;

/// <summary>
/// Makes a large archive out of the corpus: variant 0 is the corpus as it is; every later variant
/// is the whole corpus again with its dates moved back by its own number of weeks and its people
/// renamed by its own mapping, under its own folder (<c>v003/hypha/...</c>), until the archive
/// holds the bytes asked for (the last variant may be partial). Deterministic: a fixed seed.
/// </summary>
internal static class ArchiveGenerator
{
    /// <summary>Bumped whenever the output changes, so cached archives made by an older generator are not reused.</summary>
    public const int Version = 1;

    public const int Seed = 20261123;

    public static ArchiveStats Generate(NotesCorpus corpus, string folder, long targetBytes)
    {
        var people = PeopleNames.Collect(corpus);
        var random = new Random(Seed);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long written = 0;
        var files = 0;
        var variants = 0;
        var shifted = 0;
        var renamed = 0;
        var shiftWeeks = 0;
        for (var variant = 0; written < targetBytes; variant++)
        {
            // Each variant reaches about a year further back than the one before, give or take half a year.
            shiftWeeks = variant == 0 ? 0 : -((variant * 52) + random.Next(-26, 27));
            var mapping = variant == 0 ? new Dictionary<string, string>() : people.MappingFor(Seed, variant);
            var prefix = "v" + variant.ToString("D3", CultureInfo.InvariantCulture);
            variants++;
            foreach (var file in corpus.Files)
            {
                var text = PeopleNames.Apply(DateShift.Apply(file.Text, shiftWeeks, ref shifted), mapping, ref renamed);
                var unused = 0;
                var path = Path.Combine(folder, prefix, DateShift.Apply(file.Path, shiftWeeks, ref unused));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var bytes = encoding.GetBytes(text);
                File.WriteAllBytes(path, bytes);
                written += bytes.Length;
                files++;
                if (written >= targetBytes)
                {
                    break;
                }
            }
        }

        return new ArchiveStats(files, written, variants, shiftWeeks, shifted, renamed, people.NameCount, people.HandleCount);
    }
}
