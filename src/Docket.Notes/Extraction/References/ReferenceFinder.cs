using System.Text.RegularExpressions;

namespace Docket.Notes.Extraction.References;

/// <summary>
/// Finds links and issue references in text: URLs, <c>#246</c>, <c>private#48</c>,
/// <c>owner/repo#12</c>, <c>Issue 2736</c>, <c>PR 358</c>.
/// </summary>
internal static partial class ReferenceFinder
{
    // URL: scheme and host, then anything up to white space or a closing bracket; trailing punctuation is trimmed below.
    // Issue: an optional owner/repo or repo prefix, then #digits, not inside a word or a URL fragment.
    [GeneratedRegex(
        @"(?<url>\bhttps?://[^\s<>()\[\]""'`]+(?:\([^\s<>()]*\)[^\s<>()\[\]""'`]*)*)" +
        @"|(?<![\w/#&=.-])(?<issue>(?:[A-Za-z0-9][\w.-]*/)?[A-Za-z][\w.-]*#\d{1,7}|#\d{2,7})(?![\w-])" +
        @"|\b(?<word>(?:[Ii]ssue|PR|[Pp]ull [Rr]equest|RFC)\s+\d{1,6})\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReferencePattern();

    /// <summary>Adds each reference in <paramref name="text"/> to <paramref name="into"/>, in order, once.</summary>
    public static void FindAll(string text, ReferenceSet into)
    {
        if (text.Length == 0 || (!text.Contains('#', StringComparison.Ordinal) && !text.Contains("://", StringComparison.Ordinal)
            && !text.Contains("ssue", StringComparison.Ordinal) && !text.Contains("PR", StringComparison.Ordinal)
            && !text.Contains("RFC", StringComparison.Ordinal) && !text.Contains("equest", StringComparison.Ordinal)))
        {
            return;
        }

        try
        {
            foreach (Match match in ReferencePattern().Matches(text))
            {
                if (match.Groups["url"].Success)
                {
                    into.Add(match.Value.TrimEnd('.', ',', ';', ':', '!', '?', '*', '_', '~'));
                }
                else
                {
                    into.Add(match.Value);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: keep what was found before the time ran out.
        }
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
