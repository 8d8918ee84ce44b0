using System.Buffers;
using System.Text.RegularExpressions;
using Docket.Notes.Extraction.People;

namespace Docket.Notes.Extraction.Items;

/// <summary>
/// Commitments in plain words: <c>Aaron to fix GCP builds first</c>, <c>Carol will setup ...</c>,
/// <c>Aaron/Manu/Vineeth to figure out ...</c>, <c>Carolyn is gonna open an issue</c>, <c>assigned to el</c>.
/// The owners are the names right before the verb phrase.
/// </summary>
internal static partial class Commitments
{
    [GeneratedRegex(@"(?<=\S)\s+(?<kw>to|will|shall|is\s+gonna|are\s+gonna|is\s+going\s+to|are\s+going\s+to|volunteered\s+to|offered\s+to|agreed\s+to)\s+(?<next>[\p{L}][\p{L}'-]*)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 500)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"\bassigned\s+to\s+(?<who>@?[\w.-]+(?:\s*(?:,|&|\band\b)\s*@?[\w.-]+)*)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 500)]
    private static partial Regex AssignedTo();

    private static readonly HashSet<string> NotVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "be", "not", "have", "has", "been", "all", "our", "your", "my",
        "their", "his", "her", "its", "it", "them", "us", "me", "him", "some", "any", "each", "one", "two", "no",
        "which", "what", "who", "whom", "where", "when", "how", "why", "than", "then", "there", "here", "is", "are", "was",
        "were", "get", "go", "come", "in", "on", "at", "for", "with", "from", "by", "of", "about", "likely", "probably", "never", "only", "just", "date", "day", "week", "now",
    };

    /// <summary>The owners named by a commitment in <paramref name="text"/>; empty when there is none.</summary>
    public static IReadOnlyList<string> FindOwners(string text, KnownPeople people)
    {
        if (text.Length > MaxLength || !MayCommit(text))
        {
            return [];
        }

        try
        {
            // Every commitment in the line counts: "Vineeth to file issues, Aaron/Manu/Vineeth to figure out how".
            List<string>? all = null;
            foreach (Match match in Keyword().Matches(text))
            {
                var next = match.Groups["next"].ValueSpan;
                var keyword = match.Groups["kw"].ValueSpan;
                if (NotVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next)
                    || (keyword.Equals("to", StringComparison.OrdinalIgnoreCase) && char.IsUpper(next[0]))
                    || !MayBeOwner(text.AsSpan(0, match.Index), people))
                {
                    continue;
                }

                foreach (var owner in NamesBefore(text.AsSpan(0, match.Index), people, midSentenceAllowed: all is null))
                {
                    all ??= [];
                    if (!all.Exists(o => PersonName.Same(o, owner)))
                    {
                        all.Add(owner);
                    }
                }
            }

            if (all is not null)
            {
                return all;
            }

            if (text.Contains("assigned", StringComparison.OrdinalIgnoreCase) && AssignedTo().Match(text) is { Success: true } assigned)
            {
                var owners = SplitNames(assigned.Groups["who"].Value, people, lineStart: true);
                if (owners.Count > 0)
                {
                    return owners;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }

        return [];
    }

    // Most " to " follow a verb or a noun ("want to", "moved to"): reject those before tokenising anything.
    private static bool MayBeOwner(ReadOnlySpan<char> prefix, KnownPeople people)
    {
        var word = LastWord(prefix);
        var first = prefix.TrimEnd().Length == word.Length || IsBoundary(prefix.TrimEnd()[..^word.Length].TrimEnd());
        word = word.TrimEnd(':').TrimStart("([");
        if (word.Equals("others", StringComparison.OrdinalIgnoreCase))
        {
            return true; // "Chris and others to look through"
        }

        if (word.Length == 0 || !Words.CouldBeName(word))
        {
            return false;
        }

        // The same test NamesBefore makes, without tokenising: a lowercase word is a name only if known or first.
        return word[0] == '@' || char.IsUpper(word[0]) || people.Contains(word) || (first && word.Length <= 20 && !WordShaped(word.ToString()));
    }

    private static bool IsBoundary(ReadOnlySpan<char> before)
    {
        if (before.Length == 0)
        {
            return true;
        }

        var last = before[^1];
        if (last is ':' or '(' or '[' or '-' or '–' or ',' or '/' or '&')
        {
            return true;
        }

        var word = LastWord(before);
        return word.Contains('#') || word.StartsWith("http", StringComparison.OrdinalIgnoreCase) || word.StartsWith("<")
            || word.Equals("and", StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        var start = text.LastIndexOfAny(' ', '\t', '/');
        return start >= 0 ? text[(start + 1)..] : text;
    }

    /// <summary>Longer lines are prose, not an item someone committed to.</summary>
    private const int MaxLength = 400;

    // Every commitment needs one of these words; most lines have none, and one search for all of them is far cheaper than the pattern.
    private static readonly SearchValues<string> CommitWords = SearchValues.Create(
        [" to ", " will ", " Will ", " gonna ", " shall ", "assigned", " TO ", " WILL "], StringComparison.Ordinal);

    private static bool MayCommit(string text) => text.AsSpan().ContainsAny(CommitWords);

    /// <summary>Names separated by <c>/</c>, <c>,</c>, <c>&amp;</c> or <c>and</c>, each one a plausible name.</summary>
    public static IReadOnlyList<string> SplitNames(string text, KnownPeople people, bool lineStart)
    {
        var parts = text.Split([',', '/', '&', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(p => p.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        var names = new List<string>();
        foreach (var part in parts)
        {
            var tokens = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length is 0 or > 3 || !tokens.All(t => IsNameToken(t, people, lineStart || tokens.Length > 1)))
            {
                return [];
            }

            if (PersonName.Clean(part) is { } clean)
            {
                names.Add(clean);
            }
        }

        return names;
    }

    /// <summary>Walks back from a verb phrase over names and separators: "Ship it, Marwan" gives Marwan.</summary>
    private static List<string> NamesBefore(ReadOnlySpan<char> prefix, KnownPeople people, bool midSentenceAllowed)
    {
        // Names stand right before the verb: the last few words are all that can matter.
        if (prefix.Length > 80)
        {
            var cut = prefix[^80..].IndexOf(' ');
            prefix = prefix[(prefix.Length - 80 + Math.Max(cut, 0))..];
        }

        var tokens = Tokenize(prefix);
        var names = new List<string>();
        var current = new List<string>();
        var i = tokens.Count - 1;
        if (i >= 0 && tokens[i] == ":")
        {
            i--; // "yj: will finish up"
        }

        var beforeFirstComma = -1;
        for (; i >= 0; i--)
        {
            var token = tokens[i];
            if (token is "/" or "," or "&" || token.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                if (current.Count == 0)
                {
                    break;
                }

                Flush();
                if (token == "," && beforeFirstComma < 0)
                {
                    beforeFirstComma = names.Count;
                }

                continue;
            }

            if (token.Equals("others", StringComparison.OrdinalIgnoreCase) && i > 0 && tokens[i - 1].Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                i--; // "Chris and others to look through": Chris owns it.
                continue;
            }

            var lineStart = i == 0 || IsBoundary(tokens[i - 1]);
            if (current.Count < 3 && IsNameToken(token, people, lineStart) && (current.Count == 0 || char.IsUpper(token[0])))
            {
                current.Insert(0, token);
                continue;
            }

            break;
        }

        Flush();

        // "for GSoC and Outreachy, Aaron/Manu/Vineeth to ...": the run began mid-sentence, so the comma ended a clause.
        if (i >= 0 && !IsBoundary(tokens[i]) && beforeFirstComma > 0)
        {
            names.RemoveRange(beforeFirstComma, names.Count - beforeFirstComma);
            names.Reverse();
            return names;
        }

        names.Reverse();

        // Names mid-sentence ("adjust Bors to build") count only when the document knows them as people.
        // Once a line has an owner, a later "ping bl to review" names who is pinged, not another owner.
        if (i >= 0 && !IsBoundary(tokens[i]) && tokens[i] != ",")
        {
            names.RemoveAll(n => !midSentenceAllowed || !people.Contains(n));
        }

        return names;

        void Flush()
        {
            if (current.Count > 0 && PersonName.Clean(string.Join(' ', current)) is { } name)
            {
                names.Add(name);
            }

            current.Clear();
        }
    }

    // What may stand before the first name of a line: a speaker's colon, a bracket, an issue ref or a link.
    private static bool IsBoundary(string token) =>
        token is ":" or "(" or "[" or "-" or "–" || token.StartsWith('#') || token.Contains('#', StringComparison.Ordinal)
        || token.StartsWith("http", StringComparison.OrdinalIgnoreCase) || token.StartsWith('<');

    private static bool IsNameToken(string token, KnownPeople people, bool lineStart)
    {
        if (!Words.CouldBeName(token))
        {
            return false;
        }

        if (token[0] == '@' || people.Contains(token))
        {
            return true;
        }

        // "CI/CD", "GAE", "PR": acronyms, not people; "CIDv1", "go1.12": versions.
        if (token.Length >= 2 && (token.All(c => !char.IsLetter(c) || char.IsUpper(c)) || (token.Any(char.IsDigit) && token.Skip(1).Any(char.IsUpper))))
        {
            return false;
        }

        // "required to", "merged to", "ability to": English words, not nicks.
        if (char.IsLower(token[0]) && WordShaped(token))
        {
            return false;
        }

        // A capitalised word is a name unless it is shaped like a common noun ("Improvements", "Documentation");
        // a lowercase one ("el", "carolyn") only at the start of a line.
        return char.IsUpper(token[0]) ? !NounShaped(token) : lineStart && token.Length <= 20;
    }

    private static bool WordShaped(string token)
    {
        if (token.Length <= 4)
        {
            return false; // "el", "yj", "pc", "dc", "bl": initials
        }

        foreach (var suffix in (string[])["ed", "ing", "ly", "ity", "tion", "ment", "ness", "able", "ible", "ful", "less", "ous", "ive", "ear", "ure", "ance", "ence", "ship"])
        {
            if (token.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NounShaped(string token)
    {
        foreach (var suffix in (string[])["ments", "ment", "tion", "tions", "sion", "sions", "ness", "ity", "ities", "ings", "ance", "ence", "ships", "ware", "ies"])
        {
            if (token.Length > suffix.Length + 2 && token.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var separator = c is '/' or ',' or '&' or ':' or '(' or ')' or '[' or ']' or ';';
            if (char.IsWhiteSpace(c) || separator)
            {
                if (start >= 0)
                {
                    tokens.Add(text[start..i].ToString());
                    start = -1;
                }

                if (separator)
                {
                    tokens.Add(c.ToString());
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }
}
