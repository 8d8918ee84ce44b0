using System.Text.RegularExpressions;

namespace Docket.Notes.Extraction.References;

/// <summary>
/// Finds links and issue references in text: URLs, <c>#246</c>, <c>private#48</c>,
/// <c>owner/repo#12</c>, <c>Issue 2736</c>, <c>PR 358</c>. Scans by hand around <c>http</c> and <c>#</c>:
/// it runs on every line of every file, and a pattern anchored nowhere would try every position.
/// </summary>
internal static partial class ReferenceFinder
{
    [GeneratedRegex(@"\b(?:[Ii]ssue|PR|[Pp]ull [Rr]equest|RFC)\s+\d{1,6}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordReference();

    /// <summary>Adds each reference in <paramref name="text"/> to <paramref name="into"/>, in order, once.</summary>
    public static void FindAll(string text, ReferenceSet into)
    {
        if (!text.Contains('#', StringComparison.Ordinal) && !text.Contains("http", StringComparison.Ordinal)
            && !text.Contains("ssue ", StringComparison.Ordinal) && !text.Contains("PR ", StringComparison.Ordinal)
            && !text.Contains("RFC ", StringComparison.Ordinal) && !text.Contains("equest ", StringComparison.Ordinal))
        {
            return;
        }

        var found = new List<(int Index, string Value)>();
        var urls = FindUrls(text, found);
        FindIssues(text, urls, found);
        if (text.Contains("ssue ", StringComparison.Ordinal) || text.Contains("PR ", StringComparison.Ordinal)
            || text.Contains("RFC ", StringComparison.Ordinal) || text.Contains("equest ", StringComparison.Ordinal))
        {
            try
            {
                foreach (Match match in WordReference().Matches(text))
                {
                    if (!Inside(urls, match.Index))
                    {
                        found.Add((match.Index, match.Value));
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }

        if (found.Count > 1)
        {
            found.Sort((a, b) => a.Index.CompareTo(b.Index));
        }

        foreach (var (_, value) in found)
        {
            into.Add(value);
        }
    }

    private static List<(int Start, int End)> FindUrls(string text, List<(int, string)> found)
    {
        var urls = new List<(int, int)>();
        for (var at = text.IndexOf("http", StringComparison.Ordinal); at >= 0; at = text.IndexOf("http", at + 1, StringComparison.Ordinal))
        {
            var schemeEnd = text.AsSpan(at).StartsWith("https://") ? at + 8 : text.AsSpan(at).StartsWith("http://") ? at + 7 : -1;
            if (schemeEnd < 0 || (at > 0 && char.IsLetterOrDigit(text[at - 1])))
            {
                continue;
            }

            var end = schemeEnd;
            var depth = 0;
            while (end < text.Length)
            {
                var c = text[end];
                if (char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '`' or '[' or ']' or '\'')
                {
                    break;
                }

                // A parenthesis closes the URL unless the URL opened it: "(https://x/a_(b))".
                if (c == '(')
                {
                    depth++;
                }
                else if (c == ')')
                {
                    if (depth == 0)
                    {
                        break;
                    }

                    depth--;
                }

                end++;
            }

            var url = text.AsSpan(at, end - at).TrimEnd(".,;:!?*_~");
            if (url.Length > schemeEnd - at)
            {
                found.Add((at, url.ToString()));
                urls.Add((at, at + url.Length));
            }

            at = end - 1;
        }

        return urls;
    }

    private static void FindIssues(string text, List<(int Start, int End)> urls, List<(int, string)> found)
    {
        for (var hash = text.IndexOf('#', StringComparison.Ordinal); hash >= 0; hash = text.IndexOf('#', hash + 1))
        {
            var digitsEnd = hash + 1;
            while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd]) && digitsEnd - hash <= 7)
            {
                digitsEnd++;
            }

            var digits = digitsEnd - hash - 1;
            if (digits == 0 || Inside(urls, hash)
                || (digitsEnd < text.Length && (char.IsLetterOrDigit(text[digitsEnd]) || text[digitsEnd] is '_' or '-')))
            {
                continue;
            }

            // The repository before '#': "private", "owner/repo"; letters first, no URL or path around it.
            var start = hash;
            while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '.' or '-' or '/'))
            {
                start--;
            }

            var prefix = text.AsSpan(start, hash - start);
            if (start > 0 && text[start - 1] is '#' or '&' or '=' or '@')
            {
                continue;
            }

            if (prefix.Length == 0)
            {
                if (digits >= 2)
                {
                    found.Add((hash, text[hash..digitsEnd]));
                }

                continue;
            }

            var slash = prefix.IndexOf('/');
            var valid = char.IsLetterOrDigit(prefix[0]) && char.IsLetter(prefix[slash >= 0 ? slash + 1 < prefix.Length ? slash + 1 : 0 : 0])
                && prefix.Count('/') <= 1 && !prefix.EndsWith("/") && (slash >= 0 || char.IsLetter(prefix[0]));
            if (valid)
            {
                found.Add((start, text[start..digitsEnd]));
            }
        }
    }

    private static bool Inside(List<(int Start, int End)> ranges, int index)
    {
        foreach (var (start, end) in ranges)
        {
            if (index >= start && index < end)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>References in order of first appearance, without repeats.</summary>
internal sealed class ReferenceSet
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<string> _items = [];

    public void Add(string reference)
    {
        if (reference.Length > 0 && _seen.Add(reference))
        {
            _items.Add(reference);
        }
    }

    public IReadOnlyList<string> ToList() => _items.ToArray();
}
