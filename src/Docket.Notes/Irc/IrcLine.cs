using NodaTime;

namespace Docket.Notes.Irc;

/// <summary>What a line of an IRC log is.</summary>
internal enum IrcLineKind
{
    /// <summary>Not an IRC line (prose, a heading, a blank line).</summary>
    None,

    /// <summary><c>&lt;nick&gt; text</c>: someone said something.</summary>
    Message,

    /// <summary><c>* nick waves</c>: a <c>/me</c> action.</summary>
    Emote,

    /// <summary>A client's own line (joins, quits, session markers): timestamped, nobody speaks.</summary>
    System,
}

/// <summary>
/// One parsed line of an IRC log, in any of the client formats Docket reads:
/// <c>HH:MM:SS &lt;nick&gt; text</c>, <c>[HH:MM] &lt;nick&gt; text</c>, irssi's <c>09:01 &lt;@op&gt;</c> and
/// <c>09:01  * nick waves</c>, tab-separated <c>19:24\tnick\ttext</c>, IRCCloud's
/// <c>[2019-05-20 10:30:15] &lt;nick&gt;</c> and <c>— nick waves</c>, Textual's
/// <c>[2017-09-19T17:58:34+0200] &lt;nick&gt;</c>, and <c>&lt;nick&gt; text</c> without a time.
/// </summary>
internal readonly record struct IrcLine(IrcLineKind Kind, int Line, LocalDate? Date, LocalTime? Time, Offset? Offset, string? Nick, string Text)
{
    private const int MaxNickLength = 64;

    // Characters IRC forbids in nicks; they mark Markdown autolinks (<https://...>) and HTML instead.
    private static readonly System.Buffers.SearchValues<char> NotInNick = System.Buffers.SearchValues.Create(" \t<>:/@!,;=\"'.");

    // Tags that begin Markdown lines written as HTML: never nicks.
    private static readonly HashSet<string> HtmlTagNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "i", "u", "s", "p", "br", "hr", "em", "strong", "code", "pre", "div", "span", "img", "sup", "sub", "small",
        "details", "summary", "table", "tr", "td", "th", "tbody", "thead", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3",
        "h4", "h5", "h6", "kbd", "del", "ins", "mark", "center", "font", "blockquote", "section", "article", "header", "footer",
        "nav", "main", "aside", "figure", "figcaption", "video", "audio", "iframe", "script", "style", "html", "head", "body",
        "title", "meta", "link", "input", "button", "form", "label", "select", "option", "textarea", "picture", "source",
    };

    /// <summary>Whether a person (not the client) wrote the line.</summary>
    public bool IsSpoken => Kind is IrcLineKind.Message or IrcLineKind.Emote;

    /// <summary>Parses one line; <see cref="IrcLineKind.None"/> when it is not an IRC line.</summary>
    public static IrcLine Parse(ReadOnlySpan<char> line, int lineNumber)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ')
        {
            i++;
        }

        if (i >= line.Length)
        {
            return None(lineNumber);
        }

        var bracketed = line[i] == '[';
        var stampStart = bracketed ? i + 1 : i;
        if (!TryReadStamp(line, stampStart, out var date, out var time, out var offset, out var afterStamp))
        {
            return bracketed ? None(lineNumber) : ParseUntimed(line[i..], lineNumber);
        }

        i = afterStamp;
        if (bracketed)
        {
            if (i >= line.Length || line[i] != ']')
            {
                return None(lineNumber);
            }

            i++;
        }

        if (i < line.Length && line[i] == '\t')
        {
            return ParseTabbed(line[(i + 1)..], lineNumber, date, time, offset);
        }

        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        var rest = line[i..];
        if (rest.Length > 0 && rest[0] == '<' && TryReadBracketNick(rest, out var nick, out var text))
        {
            return new(IrcLineKind.Message, lineNumber, date, time, offset, nick, text);
        }

        if (rest.Length > 2 && rest[0] is '*' or '—' or '•' && rest[1] == ' ' && TryReadEmote(rest[2..], out nick, out text))
        {
            return new(IrcLineKind.Emote, lineNumber, date, time, offset, nick, text);
        }

        // A bare time before ordinary words is an agenda line ("10:00 Intro"), not IRC; a bracketed
        // stamp, or a client marker (-!-, →, ⇐, ***), is a client's own line.
        if (bracketed || rest.StartsWith("-!-") || rest.StartsWith("***") || rest.StartsWith("-->") || rest.StartsWith("<--")
            || (rest.Length > 0 && rest[0] is '→' or '⇐' or '←' or '⇒'))
        {
            return new(IrcLineKind.System, lineNumber, date, time, offset, null, rest.ToString());
        }

        return None(lineNumber);
    }

    private static IrcLine None(int lineNumber) => new(IrcLineKind.None, lineNumber, null, null, null, null, "");

    private static IrcLine ParseUntimed(ReadOnlySpan<char> rest, int lineNumber) =>
        rest.Length > 0 && rest[0] == '<' && TryReadBracketNick(rest, out var nick, out var text) && !HtmlTagNames.Contains(nick)
            ? new(IrcLineKind.Message, lineNumber, null, null, null, nick, text)
            : None(lineNumber);

    // weechat and pasted bot logs: "19:24\tnick\ttext"; weechat writes " *" for actions and arrows for joins.
    private static IrcLine ParseTabbed(ReadOnlySpan<char> rest, int lineNumber, LocalDate? date, LocalTime? time, Offset? offset)
    {
        var tab = rest.IndexOf('\t');
        if (tab <= 0)
        {
            return None(lineNumber);
        }

        var nickPart = rest[..tab].Trim();
        var text = rest[(tab + 1)..].Trim();
        if (nickPart is "*" && TryReadEmote(text, out var actor, out var action))
        {
            return new(IrcLineKind.Emote, lineNumber, date, time, offset, actor, action);
        }

        nickPart = nickPart.TrimStart("@+%&~");
        if (nickPart.Length == 0 || nickPart.Length > MaxNickLength || nickPart.ContainsAny(' ', '<', '>') || !IsNickStart(nickPart[0]))
        {
            return new(IrcLineKind.System, lineNumber, date, time, offset, null, text.ToString());
        }

        return new(IrcLineKind.Message, lineNumber, date, time, offset, nickPart.ToString(), text.ToString());
    }

    private static bool TryReadBracketNick(ReadOnlySpan<char> rest, out string nick, out string text)
    {
        nick = "";
        text = "";
        var close = rest.IndexOf('>');
        if (close < 2 || close > MaxNickLength + 4)
        {
            return false;
        }

        // irssi pads the mode column ("< SimonSapin>"), others mark ops with @, +, • or similar.
        var inner = rest[1..close].Trim().TrimStart("@+%&~•").Trim();
        if (inner.Length == 0 || inner.ContainsAny(NotInNick) || !IsNickStart(inner[0]))
        {
            return false;
        }

        nick = inner.ToString();
        var after = rest[(close + 1)..];
        text = after.Trim().ToString();
        return true;
    }

    private static bool TryReadEmote(ReadOnlySpan<char> rest, out string nick, out string text)
    {
        rest = rest.TrimStart();
        var space = rest.IndexOf(' ');
        var nickPart = (space < 0 ? rest : rest[..space]).TrimStart("@+%&~");
        if (nickPart.Length == 0 || nickPart.Length > MaxNickLength || !IsNickStart(nickPart[0]))
        {
            nick = "";
            text = "";
            return false;
        }

        nick = nickPart.ToString();
        text = space < 0 ? "" : rest[(space + 1)..].Trim().ToString();
        return true;
    }

    private static bool IsNickStart(char c) => char.IsLetterOrDigit(c) || c is '_' or '[' or ']' or '\\' or '`' or '^' or '{' or '}' or '|';

    // [YYYY-MM-DD(space|T)]H:MM[:SS][.fff][ AM|PM][Z|±HH[:]MM]
    private static bool TryReadStamp(ReadOnlySpan<char> s, int i, out LocalDate? date, out LocalTime? time, out Offset? offset, out int end)
    {
        date = null;
        time = null;
        offset = null;
        end = i;
        if (i + 10 < s.Length && IsDigits(s, i, 4) && s[i + 4] == '-' && IsDigits(s, i + 5, 2) && s[i + 7] == '-' && IsDigits(s, i + 8, 2)
            && s[i + 10] is ' ' or 'T')
        {
            var year = Number(s, i, 4);
            var month = Number(s, i + 5, 2);
            var day = Number(s, i + 8, 2);
            if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return false;
            }

            date = new LocalDate(year, month, day);
            i += 11;
        }

        var hourDigits = i + 1 < s.Length && char.IsAsciiDigit(s[i]) && char.IsAsciiDigit(s[i + 1]) ? 2 : 1;
        if (!IsDigits(s, i, hourDigits) || i + hourDigits >= s.Length || s[i + hourDigits] != ':' || !IsDigits(s, i + hourDigits + 1, 2))
        {
            return false;
        }

        var hour = Number(s, i, hourDigits);
        var minute = Number(s, i + hourDigits + 1, 2);
        var second = 0;
        i += hourDigits + 3;
        if (i < s.Length && s[i] == ':' && IsDigits(s, i + 1, 2))
        {
            second = Number(s, i + 1, 2);
            i += 3;
            if (i < s.Length && s[i] is '.' or ',')
            {
                i++;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }
            }
        }

        var meridiemAt = i < s.Length && s[i] == ' ' ? i + 1 : i;
        if (meridiemAt + 1 < s.Length && s[meridiemAt] is 'A' or 'a' or 'P' or 'p' && s[meridiemAt + 1] is 'M' or 'm'
            && (meridiemAt + 2 == s.Length || !char.IsLetter(s[meridiemAt + 2])) && hour is >= 1 and <= 12)
        {
            hour = (hour % 12) + (s[meridiemAt] is 'P' or 'p' ? 12 : 0);
            i = meridiemAt + 2;
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        if (i < s.Length && s[i] == 'Z')
        {
            offset = NodaTime.Offset.Zero;
            i++;
        }
        else if (i + 4 < s.Length && s[i] is '+' or '-' && IsDigits(s, i + 1, 2))
        {
            var colon = s[i + 3] == ':' ? 1 : 0;
            if (IsDigits(s, i + 3 + colon, 2))
            {
                var hours = Number(s, i + 1, 2);
                var minutes = Number(s, i + 3 + colon, 2);
                if (hours <= 18 && minutes <= 59)
                {
                    var sign = s[i] == '-' ? -1 : 1;
                    offset = NodaTime.Offset.FromSeconds(sign * ((hours * 3600) + (minutes * 60)));
                    i += 5 + colon;
                }
            }
        }

        time = new LocalTime(hour, minute, second);
        end = i;
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s, int start, int count)
    {
        if (start < 0 || start + count > s.Length)
        {
            return false;
        }

        foreach (var c in s.Slice(start, count))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(ReadOnlySpan<char> s, int start, int count)
    {
        var value = 0;
        foreach (var c in s.Slice(start, count))
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
