using System.Text.RegularExpressions;
using Docket.Benchmarks.Corpus;

namespace Docket.Benchmarks.Search;

/// <summary>
/// Makes varied searches from the words of the notes, deterministically (a fixed seed): single
/// words of every frequency, pairs and phrases taken from real lines (so they have hits), prefixes,
/// exclusions, <c>kind:</c> and <c>who:</c> filters and issue references.
/// </summary>
internal sealed partial class QueryGenerator
{
    // The share of each shape in a thousand queries.
    private static readonly (QueryShape Shape, int PerThousand)[] Mix =
    [
        (QueryShape.CommonWord, 150),
        (QueryShape.MediumWord, 150),
        (QueryShape.RareWord, 100),
        (QueryShape.TwoWords, 150),
        (QueryShape.Phrase, 100),
        (QueryShape.Prefix, 100),
        (QueryShape.Excluding, 50),
        (QueryShape.KindFilter, 80),
        (QueryShape.WhoFilter, 70),
        (QueryShape.IssueReference, 50),
    ];

    private readonly Random _random;
    private readonly Dictionary<string, int> _rank;
    private readonly string[] _common;
    private readonly string[] _medium;
    private readonly string[] _rare;
    private readonly string[][] _lines;
    private readonly string[] _references;
    private readonly string[] _people;

    private QueryGenerator(int seed, Dictionary<string, int> rank, string[] common, string[] medium, string[] rare, string[][] lines, string[] references, string[] people)
    {
        _random = new Random(seed);
        _rank = rank;
        _common = common;
        _medium = medium;
        _rare = rare;
        _lines = lines;
        _references = references;
        _people = people;
    }

    /// <summary>A generator over the corpus's words and the names of <paramref name="people"/> (as stored).</summary>
    public static QueryGenerator Create(NotesCorpus corpus, IReadOnlyList<string> people, int seed)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var references = new SortedSet<string>(StringComparer.Ordinal);
        var lines = new List<string[]>();
        foreach (var file in corpus.Files)
        {
            foreach (var line in file.Text.Split('\n'))
            {
                var words = Word().Matches(line).Select(m => m.Value.ToLowerInvariant()).ToArray();
                foreach (var word in words)
                {
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                }

                if (words.Length >= 4)
                {
                    lines.Add(words);
                }

                foreach (Match reference in Reference().Matches(line))
                {
                    references.Add(reference.Value);
                }
            }
        }

        var ranked = counts.Where(c => c.Key.Length >= 3 && c.Key.All(char.IsLetter))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToArray();
        var rank = ranked.Select((word, i) => (word, i)).ToDictionary(p => p.word, p => p.i, StringComparer.Ordinal);
        var rare = counts.Where(c => c.Value is >= 2 and <= 4 && c.Key.Length >= 5 && c.Key.All(char.IsAsciiLetterLower))
            .Select(c => c.Key).Order(StringComparer.Ordinal).ToArray();
        return new QueryGenerator(
            seed,
            rank,
            ranked[30..Math.Min(300, ranked.Length)],
            ranked[Math.Min(1000, ranked.Length)..Math.Min(5000, ranked.Length)],
            rare,
            [.. lines],
            [.. references],
            [.. people]);
    }

    /// <summary><paramref name="count"/> queries in the mix above, shuffled.</summary>
    public IReadOnlyList<BenchQuery> Next(int count)
    {
        var shapes = new List<QueryShape>(count);
        foreach (var (shape, perThousand) in Mix)
        {
            shapes.AddRange(Enumerable.Repeat(shape, (int)Math.Round(count * perThousand / 1000.0)));
        }

        while (shapes.Count < count)
        {
            shapes.Add(QueryShape.CommonWord);
        }

        var order = shapes.Take(count).ToArray();
        _random.Shuffle(order);
        return order.Select(Make).ToList();
    }

    private BenchQuery Make(QueryShape shape)
    {
        switch (shape)
        {
            case QueryShape.CommonWord:
                return Single(shape, Pick(_common));
            case QueryShape.MediumWord:
                return Single(shape, Pick(_medium));
            case QueryShape.RareWord:
                return Single(shape, Pick(_rare));
            case QueryShape.TwoWords:
            {
                var (a, b) = TwoFromLine(adjacent: false);
                return new BenchQuery(shape, $"{a} {b}", Rank(a) > Rank(b) ? a : b);
            }

            case QueryShape.Phrase:
            {
                var (a, b) = TwoFromLine(adjacent: true);
                return new BenchQuery(shape, $"\"{a} {b}\"", $"{a} {b}");
            }

            case QueryShape.Prefix:
            {
                var stem = Pick(_medium.Where(w => w.Length >= 6).ToArray())[..4];
                return new BenchQuery(shape, stem + "*", stem);
            }

            case QueryShape.Excluding:
            {
                var word = Pick(_common);
                return new BenchQuery(shape, $"{word} -{Pick(_medium)}", word);
            }

            case QueryShape.KindFilter:
            {
                var word = _random.Next(2) == 0 ? Pick(_common) : Pick(_medium);
                var kind = _random.Next(2) == 0 ? "decision" : "action";
                return new BenchQuery(shape, $"kind:{kind} {word}", word);
            }

            case QueryShape.WhoFilter:
            {
                var name = Pick(_people);
                var who = name.Contains(' ', StringComparison.Ordinal) ? $"who:\"{name}\"" : $"who:{name}";
                if (_random.Next(2) == 0)
                {
                    return new BenchQuery(shape, who, name);
                }

                var word = Pick(_common);
                return new BenchQuery(shape, $"{who} {word}", word);
            }

            default:
            {
                var reference = Pick(_references);
                return new BenchQuery(shape, reference, reference);
            }
        }
    }

    private static BenchQuery Single(QueryShape shape, string word) => new(shape, word, word);

    // Two words of one line, neither among the thirty most frequent; next to each other for a phrase.
    private (string A, string B) TwoFromLine(bool adjacent)
    {
        while (true)
        {
            var line = _lines[_random.Next(_lines.Length)];
            var usable = Enumerable.Range(0, line.Length).Where(i => Rank(line[i]) is >= 30 and < int.MaxValue).ToArray();
            if (adjacent)
            {
                var starts = usable.Where(i => i + 1 < line.Length && Rank(line[i + 1]) is >= 30 and < int.MaxValue).ToArray();
                if (starts.Length > 0)
                {
                    var i = starts[_random.Next(starts.Length)];
                    return (line[i], line[i + 1]);
                }
            }
            else
            {
                var distinct = usable.Select(i => line[i]).Distinct(StringComparer.Ordinal).ToArray();
                if (distinct.Length >= 2)
                {
                    var first = _random.Next(distinct.Length);
                    var second = (first + 1 + _random.Next(distinct.Length - 1)) % distinct.Length;
                    return (distinct[first], distinct[second]);
                }
            }
        }
    }

    private int Rank(string word) => _rank.TryGetValue(word, out var rank) ? rank : int.MaxValue;

    private string Pick(string[] from) => from[_random.Next(from.Length)];

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<![\w#/])#\d{2,5}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
