using System.Text;

namespace Docket.Meetings.Calendars;

/// <summary>
/// Text made safe for an iCalendar value. Ical.Net escapes commas, semicolons, backslashes and
/// line feeds, but passes other control characters through, and one of those in a title is enough to
/// make the feed unreadable; a lone surrogate cannot even be encoded as UTF-8.
/// </summary>
internal static class CalendarText
{
    /// <summary>
    /// Line breaks become <c>\n</c> (escaped by the serializer) or, for one-line values, spaces; other
    /// C0 and C1 controls and DEL are dropped; a lone surrogate becomes U+FFFD.
    /// </summary>
    public static string Clean(string? value, bool singleLine)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r' || c == '\n' || c is '\u0085' or '\u2028' or '\u2029')
            {
                if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
                {
                    i++;
                }

                text.Append(singleLine ? ' ' : '\n');
            }
            else if (c == '\t')
            {
                text.Append(' ');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                text.Append('\uFFFD');
            }
            else if (!char.IsControl(c))
            {
                text.Append(c);
            }
        }

        var cleaned = text.ToString();
        return singleLine ? string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries)) : cleaned.Trim();
    }

    /// <summary>
    /// Folds content lines at 75 octets (RFC 5545 3.1) without splitting a character. Ical.Net folds by
    /// UTF-16 units and can cut a surrogate pair in two, which no UTF-8 writer can encode.
    /// </summary>
    public static string Refold(string serialized)
    {
        var unfolded = serialized.Replace("\r\n ", "", StringComparison.Ordinal);
        var text = new StringBuilder(unfolded.Length + (unfolded.Length / 64));
        foreach (var line in unfolded.Split("\r\n"))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var octets = 0;
            var limit = 75;
            foreach (var rune in line.EnumerateRunes())
            {
                if (octets + rune.Utf8SequenceLength > limit)
                {
                    text.Append("\r\n ");
                    octets = 1;
                    limit = 75;
                }

                text.Append(rune.ToString());
                octets += rune.Utf8SequenceLength;
            }

            text.Append("\r\n");
        }

        return text.ToString();
    }
}
