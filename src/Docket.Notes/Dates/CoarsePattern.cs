using System.Text;
using System.Text.RegularExpressions;

namespace Docket.Notes.Dates;

/// <summary>
/// A quick, linear-time pre-filter for a backtracking pattern: the same pattern without its negative lookarounds, run
/// by the non-backtracking engine. It matches wherever the precise pattern can match (and in a few more places), so
/// the precise pattern needs to be tried only where the coarse one starts a match. On text with a candidate at every
/// other character (a megabyte of "1 1 1"), this turns a slow scan into a fast one.
/// </summary>
internal static class CoarsePattern
{
    public static Regex Create(string pattern, RegexOptions options, TimeSpan timeout) =>
        new(WithoutNegativeLookarounds(pattern), options | RegexOptions.NonBacktracking, timeout);

    /// <summary>The next position at or after <paramref name="at"/> where <paramref name="coarse"/> starts a match, or -1.</summary>
    public static int NextStart(Regex coarse, string text, int at)
    {
        if (at >= text.Length)
        {
            return -1;
        }

        try
        {
            foreach (var found in coarse.EnumerateMatches(text, at))
            {
                return found.Index;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: nothing more found.
        }

        return -1;
    }

    /// <summary>Removes every <c>(?!…)</c> and <c>(?&lt;!…)</c> group: what is left matches a superset.</summary>
    internal static string WithoutNegativeLookarounds(string pattern)
    {
        var result = new StringBuilder(pattern.Length);
        var i = 0;
        while (i < pattern.Length)
        {
            if (pattern[i] == '\\')
            {
                var length = Math.Min(2, pattern.Length - i);
                result.Append(pattern, i, length);
                i += length;
            }
            else if (pattern[i] == '[')
            {
                var end = ClassEnd(pattern, i);
                result.Append(pattern, i, end - i);
                i = end;
            }
            else if (string.CompareOrdinal(pattern, i, "(?!", 0, 3) == 0 || string.CompareOrdinal(pattern, i, "(?<!", 0, 4) == 0)
            {
                i = GroupEnd(pattern, i);
            }
            else
            {
                result.Append(pattern[i]);
                i++;
            }
        }

        return result.ToString();
    }

    // Index just past the ']' that closes the character class opened at start.
    private static int ClassEnd(string pattern, int start)
    {
        var i = start + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        while (i < pattern.Length && pattern[i] != ']')
        {
            i += pattern[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, pattern.Length);
    }

    // Index just past the ')' that closes the group opened at start.
    private static int GroupEnd(string pattern, int start)
    {
        var depth = 0;
        var i = start;
        while (i < pattern.Length)
        {
            switch (pattern[i])
            {
                case '\\':
                    i += 2;
                    continue;
                case '[':
                    i = ClassEnd(pattern, i);
                    continue;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }

            i++;
        }

        return pattern.Length;
    }
}
