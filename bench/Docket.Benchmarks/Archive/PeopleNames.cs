using System.Text;
using System.Text.RegularExpressions;
using Docket.Benchmarks.Corpus;

namespace Docket.Benchmarks.Archive;

/// <summary>
/// The people of the corpus as the generator renames them: every @handle, and the capitalised
/// words of attendee-style lines ("Attendees:", "Present:", "Scribe:" and the list under them)
/// that the corpus seldom writes in lower case (so "Michael" is a name and "Next" is not).
/// Each variant gets its own made-up name for each of them.
/// </summary>
internal sealed partial class PeopleNames
{
    // Capitalised words that fill attendee lines without being people.
    private static readonly HashSet<string> NotPeople = new(StringComparer.Ordinal)
    {
        "Announcements", "Apple", "China", "Firefox", "Google", "Hat", "Microsoft", "Moderator", "Pacific", "Philips",
        "Scribes", "Seattle", "Shanghai", "Taker", "Vertical", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
    };

    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ren", "sa", "to", "vi", "an", "el", "dor", "ni", "ra", "bel", "co", "da", "fi", "ga", "hu",
        "ja", "ke", "li", "mo", "nu", "pa", "ro", "su", "ta", "ul", "ve", "wyn", "xa", "yo", "zu", "bri", "cla", "dre",
        "fro", "gri", "mar", "nel", "ost", "pen", "ril", "sto", "tav", "ber", "cor", "lin", "dal", "quo",
    ];

    private readonly HashSet<string> _names;
    private readonly HashSet<string> _handles;

    private PeopleNames(HashSet<string> names, HashSet<string> handles)
    {
        _names = names;
        _handles = handles;
    }

    public int NameCount => _names.Count;

    public int HandleCount => _handles.Count;

    public static PeopleNames Collect(NotesCorpus corpus)
    {
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitalised = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        var handles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in corpus.Files)
        {
            foreach (Match word in LowerWord().Matches(file.Text))
            {
                Increment(lower, word.Value);
            }

            foreach (Match word in CapitalisedWord().Matches(file.Text))
            {
                Increment(capitalised, word.Value);
            }

            foreach (Match handle in Handle().Matches(file.Text))
            {
                handles.Add(handle.Groups["h"].Value.ToLowerInvariant());
            }

            var lines = file.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var head = AttendeesLine().Match(lines[i]);
                if (!head.Success)
                {
                    continue;
                }

                AddCapitalised(head.Groups["rest"].Value, candidates);
                for (var j = i + 1; j < lines.Length && j < i + 60 && ListItem().IsMatch(lines[j]); j++)
                {
                    AddCapitalised(lines[j], candidates);
                }
            }
        }

        var months = DateShift.MonthWords.ToHashSet(StringComparer.Ordinal);
        var names = candidates
            .Where(n => !NotPeople.Contains(n) && !months.Contains(n))
            .Where(n => capitalised.GetValueOrDefault(n) >= 2 && lower.GetValueOrDefault(n.ToLowerInvariant()) * 4 < capitalised.GetValueOrDefault(n))
            .ToHashSet(StringComparer.Ordinal);
        return new PeopleNames(names, handles);
    }

    /// <summary>The renaming of one variant: the same corpus name always becomes the same made-up one within it.</summary>
    public IReadOnlyDictionary<string, string> MappingFor(int seed, int variant)
    {
        var random = new Random(HashCode32(seed, variant));
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in _names.Order(StringComparer.Ordinal))
        {
            mapping[name] = MadeUp(random, capitalise: true, like: name);
        }

        // Handles are keyed by "@" + lower case; made-up ones keep the shape (digits, dashes) of the real one.
        foreach (var handle in _handles.Order(StringComparer.Ordinal))
        {
            mapping["@" + handle] = MadeUp(random, capitalise: false, like: handle);
        }

        return mapping;
    }

    /// <summary>The text with every known name and handle replaced; <paramref name="renamed"/> counts replacements.</summary>
    public static string Apply(string text, IReadOnlyDictionary<string, string> mapping, ref int renamed)
    {
        if (mapping.Count == 0)
        {
            return text;
        }

        var count = 0;
        var result = NameOrHandle().Replace(text, m =>
        {
            if (m.Groups["h"].Success)
            {
                if (mapping.TryGetValue("@" + m.Groups["h"].Value.ToLowerInvariant(), out var handle))
                {
                    count++;
                    return "@" + handle;
                }
            }
            else if (mapping.TryGetValue(m.Value, out var name))
            {
                count++;
                return name;
            }

            return m.Value;
        });
        renamed += count;
        return result;
    }

    private static string MadeUp(Random random, bool capitalise, string like)
    {
        var text = new StringBuilder();
        var parts = random.Next(2, 4);
        for (var i = 0; i < parts; i++)
        {
            if (!capitalise && i > 0 && like.Contains('-', StringComparison.Ordinal) && i == parts - 1)
            {
                text.Append('-');
            }

            text.Append(Syllables[random.Next(Syllables.Length)]);
        }

        if (!capitalise && like.Any(char.IsAsciiDigit))
        {
            text.Append(random.Next(10, 100));
        }

        if (capitalise)
        {
            text[0] = char.ToUpperInvariant(text[0]);
        }

        return text.ToString();
    }

    private static void AddCapitalised(string line, HashSet<string> candidates)
    {
        foreach (Match word in CapitalisedWord().Matches(line))
        {
            candidates.Add(word.Value);
        }
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    // string.GetHashCode differs between runs; the archive must not.
    private static int HashCode32(int seed, int variant) => unchecked((seed * 486187739) + (variant * 16777619) + 7);

    [GeneratedRegex(@"^\W*(attendees|attendance|present|participants|in attendance|chairs?|scribes?|facilitators?|note[- ]?takers?|moderators?|regrets|people present)\b[^:\n]{0,24}:(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttendeesLine();

    [GeneratedRegex(@"^\s*([-*+]|\d+\.)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\b[A-Z][a-z]{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"\b[a-z]{3,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LowerWord();

    [GeneratedRegex(@"(?<![\w.@])@(?<h>[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    [GeneratedRegex(@"(?<![\w.@])@(?<h>[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)|\b[A-Z][a-z]{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameOrHandle();
}
