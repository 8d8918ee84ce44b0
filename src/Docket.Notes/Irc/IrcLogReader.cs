using Docket.Notes.Model;
using Docket.Notes.Reading;

namespace Docket.Notes.Irc;

/// <summary>Reads IRC meeting logs: MeetBot commands and W3C scribe conventions.</summary>
internal static class IrcLogReader
{
    // Detection looks at the head of the file only, so it costs the same on a 16 MB file as on a small one.
    private const int SampleChars = 256 * 1024;
    private const int SampleLines = 400;

    /// <summary>
    /// Whether most non-blank lines are IRC lines (any client format), or the text is a bare MeetBot
    /// command script. Markdown that quotes a few IRC lines is not a log.
    /// </summary>
    public static bool LooksLikeIrcLog(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleChars));
        int nonBlank = 0, irc = 0, spoken = 0, bareCommands = 0;
        var bareStart = false;
        foreach (var line in sample.EnumerateLines())
        {
            if (line.IsWhiteSpace())
            {
                continue;
            }

            nonBlank++;
            var parsed = IrcLine.Parse(line, 0);
            if (parsed.Kind != IrcLineKind.None)
            {
                irc++;
                spoken += parsed.IsSpoken ? 1 : 0;
            }
            else if (MeetBotCommand.IsBareCommand(line))
            {
                bareCommands++;
                bareStart |= MeetBotCommand.Is(line, "startmeeting");
            }

            if (nonBlank >= SampleLines)
            {
                break;
            }
        }

        if (bareStart && spoken == 0)
        {
            irc += bareCommands;
            spoken += bareCommands;
        }

        return spoken > 0 && irc * 10 >= nonBlank * 6;
    }

    /// <summary>The meetings in a log: one per <c>#startmeeting</c> for MeetBot logs, else one for the whole log.</summary>
    public static IReadOnlyList<Meeting> Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var lines = ParseLines(source.Text);
        if (!lines.Exists(l => l.IsSpoken))
        {
            return [];
        }

        var calendar = IrcLogCalendar.Create(source.Source, lines);
        if (lines.Exists(l => l.Kind == IrcLineKind.Message && MeetBotCommand.Is(l.Text, "startmeeting")))
        {
            return MeetBotInterpreter.Read(lines).Select(m => m.ToMeeting(calendar)).ToArray();
        }

        return [ScribeInterpreter.Read(lines).ToMeeting(calendar)];
    }

    /// <summary>The log's IRC lines, in order; a bare MeetBot script's lines become messages by an unnamed speaker.</summary>
    internal static List<IrcLine> ParseLines(string text)
    {
        var lines = new List<IrcLine>();
        var bare = new List<IrcLine>();
        var number = 0;
        var spoken = false;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            number++;
            if (line.IsWhiteSpace())
            {
                continue;
            }

            var parsed = IrcLine.Parse(line, number);
            if (parsed.Kind != IrcLineKind.None)
            {
                spoken |= parsed.IsSpoken;
                lines.Add(parsed);
            }
            else if (!spoken)
            {
                bare.Add(new IrcLine(IrcLineKind.Message, number, null, null, null, "", line.Trim().ToString()));
            }
        }

        // MeetBot's own test scripts are commands without times or nicks: read them as one unnamed chair's lines.
        return !spoken && bare.Exists(l => MeetBotCommand.Is(l.Text, "startmeeting")) ? bare : lines;
    }
}
