using System.Text;

namespace Docket.Notes.Reading;

/// <summary>
/// Keeps hostile Markdown from taking the reader down (shared/design/security.md, item 7) without
/// refusing the file: Markdig is quadratic on runs of <c>[a](</c> and refuses deep nesting, so lines are
/// tamed before it sees them. Every rewrite keeps the number of lines, so line numbers stay true.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>Longer lines are cut: real notes never come near it, and a parser must not chew a megabyte of one line.</summary>
    public const int MaxLineLength = 8 * 1024;

    /// <summary>More link brackets than this in one line are read as text, not links.</summary>
    public const int MaxBracketsPerLine = 200;

    /// <summary>
    /// Markdig reads a run of reference definitions in time quadratic in its length; a longer run is broken
    /// into paragraphs by blanking one line in so many (real notes have a few dozen at the bottom).
    /// </summary>
    public const int MaxDefinitionRun = 256;

    /// <summary>The leading container marks (indentation, quotes, bullets) kept when nesting is too deep for Markdig.</summary>
    public const int MaxContainerPrefix = 48;

    public static string Tame(string text)
    {
        if (!NeedsTaming(text))
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, 64 * 1024 * 1024));
        var definitions = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            definitions = IsDefinition(line) ? definitions + 1 : 0;
            if (definitions > MaxDefinitionRun)
            {
                definitions = 0;
                builder.Append('\n');
                continue;
            }

            if (line.Length > MaxLineLength)
            {
                line = line[..MaxLineLength];
            }

            if (line.Count('[') > MaxBracketsPerLine)
            {
                foreach (var c in line)
                {
                    builder.Append(c is '[' ? '(' : c is ']' ? ')' : c);
                }
            }
            else
            {
                builder.Append(line);
            }

            builder.Append('\n');
        }

        builder.Length--; // the split yields one range past the last newline
        return builder.ToString();
    }

    /// <summary>Cuts each line's leading run of container marks, for a second read after Markdig refused the nesting.</summary>
    public static string Flatten(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            var prefix = 0;
            while (prefix < line.Length && line[prefix] is ' ' or '\t' or '>' or '-' or '*' or '+' or '.' or ')' or (>= '0' and <= '9'))
            {
                prefix++;
            }

            builder.Append(prefix > MaxContainerPrefix ? line[..MaxContainerPrefix].ToString() + line[prefix..].ToString() : line);
            builder.Append('\n');
        }

        builder.Length--;
        return builder.ToString();
    }

    private static bool IsDefinition(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart(' ');
        return trimmed.Length > 3 && trimmed[0] == '[' && trimmed.IndexOf("]:", StringComparison.Ordinal) > 0;
    }

    private static bool NeedsTaming(string text)
    {
        var definitions = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start);
            definitions = IsDefinition(line) ? definitions + 1 : 0;
            if (definitions > MaxDefinitionRun || line.Length > MaxLineLength || (line.Length > MaxBracketsPerLine && line.Count('[') > MaxBracketsPerLine))
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }
}
