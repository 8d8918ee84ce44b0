using System.Text;
using System.Text.RegularExpressions;

namespace Docket.Store.Actions;

/// <summary>How an action item's words are compared across meetings, and what they say of its state.</summary>
internal static partial class ActionWords
{
    public const int MaxKeyLength = 400;

    /// <summary>
    /// The item's words as a matching key: state remarks (<c>(done)</c>, <c>✅</c>) and punctuation
    /// dropped, lower case, single spaces (<c>Aaron to fix GCP builds - DONE</c> → <c>aaron to fix gcp builds</c>).
    /// </summary>
    public static string Key(string text)
    {
        var stripped = StateRemark().Replace(text, " ");
        var key = new StringBuilder(Math.Min(stripped.Length, MaxKeyLength));
        foreach (var c in stripped)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (key.Length > 0 && key[^1] != ' ')
            {
                key.Append(' ');
            }

            if (key.Length >= MaxKeyLength)
            {
                break;
            }
        }

        return key.ToString().Trim();
    }

    /// <summary>Whether the notes say the item is finished (<c>DONE</c>, <c>(done)</c>, <c>✅</c>, <c>completed</c>).</summary>
    public static bool SaysDone(string text) => Done().IsMatch(text);

    /// <summary>Whether the notes say the item was given up or moved elsewhere (<c>(dropped)</c>, <c>won't do</c>, <c>moved to #12</c>).</summary>
    public static bool SaysDropped(string text) => Dropped().IsMatch(text);

    /// <summary>A key's distinct words, sorted: what <see cref="Similarity"/> compares, worked out once per key.</summary>
    public static string[] Words(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Array.Sort(words, StringComparer.Ordinal);
        var count = 0;
        foreach (var word in words)
        {
            if (count == 0 || !string.Equals(words[count - 1], word, StringComparison.Ordinal))
            {
                words[count++] = word;
            }
        }

        return count == words.Length ? words : words[..count];
    }

    /// <summary>How alike two keys are, from their <see cref="Words"/>: shared words over all words (Jaccard).</summary>
    public static double Similarity(string[] left, string[] right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return 0;
        }

        // Both sorted: one merge pass counts the shared words without allocating.
        int i = 0, j = 0, shared = 0;
        while (i < left.Length && j < right.Length)
        {
            var order = string.CompareOrdinal(left[i], right[j]);
            if (order == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)shared / (left.Length + right.Length - shared);
    }

    [GeneratedRegex(@"(?:^|[\s(\[\-–—:,])(?:done|completed|finished|dropped|won'?t do|wontfix|cancel+ed|moved to (?:issue\s*)?\S*#\d+|[✅✔✓☑])[\s)\].!]*$|^\s*(?:done|dropped|completed)\s*[:\-–—]\s*|^\s*[✅✔✓☑]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StateRemark();

    [GeneratedRegex(@"(?:^|[\s(\[\-–—:,])(?:done|completed|finished|[✅✔✓☑])[\s)\].!]*$|^\s*(?:done|completed)\s*[:\-–—]|^\s*[✅✔✓☑]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Done();

    [GeneratedRegex(@"(?:^|[\s(\[\-–—:,])(?:dropped|won'?t do|wontfix|cancel+ed|moved to (?:issue\s*)?\S*#\d+)[\s)\].!]*$|^\s*dropped\s*[:\-–—]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dropped();
}
