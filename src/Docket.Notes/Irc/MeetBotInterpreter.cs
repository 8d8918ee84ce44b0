namespace Docket.Notes.Irc;

/// <summary>
/// Replays a log through MeetBot's rules (MeetBot 0.1.4, as zodbot runs it): a meeting runs from
/// <c>#startmeeting</c> to a chair's <c>#endmeeting</c>; <c>#topic</c>, <c>#agreed</c>, <c>#accepted</c>,
/// <c>#rejected</c>, <c>#chair</c>, <c>#unchair</c>, <c>#undo</c> and <c>#endmeeting</c> count only from chairs;
/// anyone may <c>#info</c>, <c>#idea</c>, <c>#link</c>, <c>#action</c>, <c>#help</c>, <c>#nick</c> and
/// <c>#meetingname</c>; a line that starts with a URL is a link.
/// </summary>
internal static class MeetBotInterpreter
{
    private static readonly string[] UrlProtocols = ["http:", "https:", "irc:", "ftp:", "mailto:", "ssh:"];
    private static readonly char[] ChairSeparators = [',', ' '];

    public static IReadOnlyList<MeetBotMinutes> Read(IReadOnlyList<IrcLine> lines)
    {
        var meetings = new List<MeetBotMinutes>();
        Session? session = null;
        foreach (var line in lines)
        {
            // Joins, quits and other client lines are not lines MeetBot hears.
            if (!line.IsSpoken)
            {
                continue;
            }

            var command = line.Kind == IrcLineKind.Message ? MeetBotCommand.Parse(line.Text) : null;
            if (session is null)
            {
                if (command is not { Name: "startmeeting" })
                {
                    continue;
                }

                session = new Session(line, command.Value.Argument);
            }

            session.Hear(line, command);
            if (session.EndLine is not null)
            {
                meetings.Add(session.ToMinutes());
                session = null;
            }
        }

        if (session is not null)
        {
            meetings.Add(session.ToMinutes());
        }

        return meetings;
    }

    private static bool StartsWithUrl(string text)
    {
        var slashes = text.IndexOf("//", StringComparison.Ordinal);
        return slashes > 0 && Array.IndexOf(UrlProtocols, text[..slashes]) >= 0;
    }

    private sealed class Session(IrcLine start, string startArgument)
    {
        private readonly string _owner = start.Nick ?? "";
        private readonly List<string> _chairs = [];
        private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);
        private readonly List<string> _firstSeen = [];
        private readonly List<MeetBotItem> _items = [];
        private readonly HashSet<string> _bots = new(StringComparer.Ordinal);
        private string? _title = string.IsNullOrWhiteSpace(startArgument) ? null : startArgument.Trim();
        private string? _meetingName;

        public IrcLine? EndLine { get; private set; }

        public void Hear(IrcLine line, MeetBotCommand? command)
        {
            var nick = line.Nick ?? "";
            AddNick(nick, 1);
            if (nick != _owner && line.Text.StartsWith("Meeting started", StringComparison.Ordinal))
            {
                _bots.Add(nick);
            }

            if (command is not { } c)
            {
                if (line.Kind == IrcLineKind.Message && StartsWithUrl(line.Text))
                {
                    _items.Add(new MeetBotItem(MeetBotItemKind.Link, nick, line.Text, line));
                }

                return;
            }

            var chair = nick == _owner || _chairs.Contains(nick);
            switch (c.Name)
            {
                case "endmeeting" when chair:
                    EndLine = line;
                    break;
                case "topic" when chair:
                    Add(MeetBotItemKind.Topic);
                    break;
                case "meetingtopic" when chair:
                    var topic = c.Argument.Trim();
                    _title = topic.Length == 0 || topic.Equals("none", StringComparison.OrdinalIgnoreCase)
                        || topic.Equals("unset", StringComparison.OrdinalIgnoreCase) ? null : topic;
                    break;
                case "agreed" or "agree" when chair:
                    Add(MeetBotItemKind.Agreed);
                    break;
                case "accepted" or "accept" when chair:
                    Add(MeetBotItemKind.Accepted);
                    break;
                case "rejected" when chair:
                    Add(MeetBotItemKind.Rejected);
                    break;
                case "chair" when chair:
                    foreach (var name in c.Argument.Split(ChairSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (!_chairs.Contains(name))
                        {
                            AddNick(name, 0);
                            _chairs.Add(name);
                        }
                    }

                    break;
                case "unchair" when chair:
                    foreach (var name in c.Argument.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                    {
                        _chairs.Remove(name);
                    }

                    break;
                case "undo" when chair:
                    if (_items.Count > 0)
                    {
                        _items.RemoveAt(_items.Count - 1);
                    }

                    break;
                case "meetingname":
                    var meetingName = string.Join('_', c.Argument.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    _meetingName = meetingName.Length == 0 ? null : meetingName;
                    break;
                case "nick":
                    foreach (var name in c.Argument.Split(ChairSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        AddNick(name, 0);
                    }

                    break;
                case "action":
                    Add(MeetBotItemKind.Action);
                    break;
                case "info":
                    Add(MeetBotItemKind.Info);
                    break;
                case "idea":
                    Add(MeetBotItemKind.Idea);
                    break;
                case "link":
                    Add(MeetBotItemKind.Link);
                    break;
                case "help" or "halp":
                    Add(MeetBotItemKind.Help);
                    break;
                default:
                    // #startmeeting during a meeting, #save, #lurk, unknown words such as #proposed, and chair
                    // commands from people who are not chairs: MeetBot records nothing.
                    break;
            }

            void Add(MeetBotItemKind kind) => _items.Add(new MeetBotItem(kind, nick, c.Argument.Trim(), line));
        }

        public MeetBotMinutes ToMinutes()
        {
            // MeetBot lists people by lines said, most first; ties keep the order they were first seen.
            var people = _firstSeen
                .Select((nick, order) => (Person: new MeetBotPerson(nick, _lines[nick]), Order: order))
                .OrderByDescending(p => p.Person.Lines).ThenBy(p => p.Order)
                .Select(p => p.Person)
                .ToArray();
            var chairs = new List<string> { _owner };
            chairs.AddRange(_chairs.Where(c => c != _owner));
            return new MeetBotMinutes
            {
                Owner = _owner,
                StartLine = start,
                EndLine = EndLine,
                Title = _title,
                MeetingName = _meetingName,
                Chairs = chairs,
                Items = _items.ToArray(),
                People = people,
                Bots = _bots,
            };
        }

        private void AddNick(string nick, int lines)
        {
            if (_lines.TryGetValue(nick, out var said))
            {
                _lines[nick] = said + lines;
            }
            else
            {
                _lines[nick] = lines;
                _firstSeen.Add(nick);
            }
        }
    }
}
