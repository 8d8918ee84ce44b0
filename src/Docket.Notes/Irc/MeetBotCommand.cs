namespace Docket.Notes.Irc;

/// <summary>
/// A MeetBot command at the start of a line, as MeetBot matches it (<c>#(\w+)[ \t]*(.*)</c>):
/// <c>#proposed #agreed ...</c> is the unknown command <c>proposed</c>, so it records nothing.
/// </summary>
internal readonly record struct MeetBotCommand(string Name, string Argument)
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "startmeeting", "endmeeting", "topic", "meetingtopic", "info", "idea", "link", "action", "agreed", "agree",
        "accepted", "accept", "rejected", "help", "halp", "chair", "unchair", "undo", "nick", "meetingname", "save",
        "commands", "lurk", "unlurk", "restrictlogs",
    };

    /// <summary>The command in <paramref name="text"/>, or <c>null</c> when the text is not a command.</summary>
    public static MeetBotCommand? Parse(string text)
    {
        var span = text.AsSpan().Trim();
        var length = NameLength(span);
        if (length == 0)
        {
            return null;
        }

        var name = span.Slice(1, length).ToString().ToLowerInvariant();
        var argument = span[(1 + length)..].TrimStart(" \t");
        return new MeetBotCommand(name, argument.ToString());
    }

    /// <summary>Whether <paramref name="text"/> is the command <paramref name="name"/> (lower case).</summary>
    public static bool Is(ReadOnlySpan<char> text, string name)
    {
        var span = text.Trim();
        return NameLength(span) == name.Length && span.Slice(1, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a line without time or nick is a known MeetBot command (not a Markdown heading, which needs a space).</summary>
    public static bool IsBareCommand(ReadOnlySpan<char> line)
    {
        var span = line.Trim();
        var length = NameLength(span);
        return length > 0 && Known.Contains(span.Slice(1, length).ToString().ToLowerInvariant());
    }

    private static int NameLength(ReadOnlySpan<char> span)
    {
        if (span.Length < 2 || span[0] != '#')
        {
            return 0;
        }

        var i = 1;
        while (i < span.Length && (char.IsAsciiLetterOrDigit(span[i]) || span[i] == '_'))
        {
            i++;
        }

        return i - 1;
    }
}
