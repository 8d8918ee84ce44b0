using Docket.Notes.Extraction.References;
using Docket.Notes.Model;
using NodaTime;

namespace Docket.Notes.Irc;

/// <summary>
/// One meeting as MeetBot's own minutes would show it: topics with their entries, people present with
/// their line counts, and action items by person plus the unassigned ones.
/// </summary>
internal sealed class MeetBotMinutes
{
    /// <summary>Who started the meeting: always a chair.</summary>
    public required string Owner { get; init; }

    public required IrcLine StartLine { get; init; }

    /// <summary>The chair's <c>#endmeeting</c>, or <c>null</c> when the log stops first.</summary>
    public required IrcLine? EndLine { get; init; }

    /// <summary>The <c>#startmeeting</c> (or <c>#meetingtopic</c>) words.</summary>
    public required string? Title { get; init; }

    /// <summary>The name given with <c>#meetingname</c>, as MeetBot normalizes it.</summary>
    public required string? MeetingName { get; init; }

    /// <summary>The owner, then the chairs added with <c>#chair</c> and not removed.</summary>
    public required IReadOnlyList<string> Chairs { get; init; }

    /// <summary>Every entry, topics included, after <c>#undo</c>.</summary>
    public required IReadOnlyList<MeetBotItem> Items { get; init; }

    /// <summary>Nicks MeetBot knows, most lines first.</summary>
    public required IReadOnlyList<MeetBotPerson> People { get; init; }

    /// <summary>Nicks that answered <c>#startmeeting</c> as the meeting bot.</summary>
    public required IReadOnlySet<string> Bots { get; init; }

    /// <summary>The entries grouped under their topics, as the "Meeting summary" lists them.</summary>
    public IReadOnlyList<MeetBotTopic> Topics
    {
        get
        {
            var topics = new List<MeetBotTopic>();
            MeetBotItem? topic = null;
            var items = new List<MeetBotItem>();
            foreach (var item in Items)
            {
                if (item.Kind == MeetBotItemKind.Topic)
                {
                    if (topic is not null || items.Count > 0)
                    {
                        topics.Add(new MeetBotTopic(topic, items));
                    }

                    topic = item;
                    items = [];
                }
                else
                {
                    items.Add(item);
                }
            }

            if (topic is not null || items.Count > 0)
            {
                topics.Add(new MeetBotTopic(topic, items));
            }

            return topics;
        }
    }

    public IEnumerable<MeetBotItem> ActionItems => Items.Where(i => i.Kind == MeetBotItemKind.Action);

    /// <summary>
    /// The owners of an action: every nick MeetBot knows (it spoke, chaired or was named with <c>#nick</c>)
    /// that the text names as a whole word, in the order the text names them.
    /// </summary>
    public IReadOnlyList<string> OwnersOf(MeetBotItem action) => People
        .Where(p => p.Nick.Length > 0)
        .Select(p => (p.Nick, At: IndexOfWord(action.Text, p.Nick)))
        .Where(p => p.At >= 0)
        .OrderBy(p => p.At)
        .Select(p => p.Nick)
        .ToArray();

    /// <summary>Action items per owner, nicks in case-insensitive order, as "Action Items, by person" lists them.</summary>
    public IReadOnlyList<(string Nick, IReadOnlyList<MeetBotItem> Items)> ActionItemsByPerson
    {
        get
        {
            var actions = ActionItems.Select(a => (Action: a, Owners: OwnersOf(a))).ToArray();
            return People
                .Where(p => p.Nick.Length > 0)
                .Select(p => p.Nick)
                .Order(StringComparer.OrdinalIgnoreCase)
                .Select(nick => (nick, (IReadOnlyList<MeetBotItem>)actions.Where(a => a.Owners.Contains(nick)).Select(a => a.Action).ToArray()))
                .Where(p => p.Item2.Count > 0)
                .ToArray();
        }
    }

    public IReadOnlyList<MeetBotItem> UnassignedActionItems => ActionItems.Where(a => OwnersOf(a).Count == 0).ToArray();

    public Meeting ToMeeting(IrcLogCalendar calendar)
    {
        string? topic = null;
        var decisions = new List<Decision>();
        var actions = new List<ActionItem>();
        var questions = new List<Question>();
        var agenda = new List<AgendaItem>();
        var references = new ReferenceSet();
        foreach (var item in Items)
        {
            ReferenceFinder.FindAll(item.Text, references);
            if (item.Text.Length == 0)
            {
                if (item.Kind == MeetBotItemKind.Topic)
                {
                    topic = null;
                }

                continue;
            }

            switch (item.Kind)
            {
                case MeetBotItemKind.Topic:
                    topic = item.Text;
                    agenda.Add(new AgendaItem(item.Text, null, null, item.Source.Line));
                    break;
                case MeetBotItemKind.Agreed or MeetBotItemKind.Accepted:
                    decisions.Add(new Decision(item.Text, topic, item.Source.Line));
                    break;
                case MeetBotItemKind.Rejected:
                    // Kept as what was decided, so a rejected proposal never reads as an adopted one.
                    decisions.Add(new Decision("Rejected: " + item.Text, topic, item.Source.Line));
                    break;
                case MeetBotItemKind.Action:
                    actions.Add(new ActionItem(item.Text, OwnersOf(item), false, null, topic, item.Source.Line));
                    break;
                case MeetBotItemKind.Help:
                    questions.Add(new Question(item.Text, topic, item.Source.Line));
                    break;
                default:
                    break;
            }
        }

        var start = calendar.MomentOf(StartLine, Offset.Zero);
        return new Meeting
        {
            Title = Title,
            Series = MeetingName,
            Date = calendar.DateOf(StartLine),
            Start = start,
            End = EndLine is { } end ? calendar.MomentOf(end, Offset.Zero) : null,
            TimeZone = start is { Offset.Seconds: 0 } ? "UTC" : null,
            Roles = Chairs.Any(c => c.Length > 0)
                ? new Dictionary<string, IReadOnlyList<string>> { ["chair"] = Chairs.Where(c => c.Length > 0).ToArray() }
                : new Dictionary<string, IReadOnlyList<string>>(),
            Attendees = People
                .Where(p => p.Lines > 0 && p.Nick.Length > 0 && !Bots.Contains(p.Nick) && !IrcBots.IsBot(p.Nick))
                .Select(p => p.Nick)
                .ToArray(),
            Agenda = agenda,
            Decisions = decisions,
            Actions = actions,
            Questions = questions,
            References = references.ToList(),
            Line = StartLine.Line,
        };
    }

    // MeetBot's \bnick\b, case-insensitive: the nick as a whole word.
    private static int IndexOfWord(string text, string nick)
    {
        for (var at = text.IndexOf(nick, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = at + 1 < text.Length ? text.IndexOf(nick, at + 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            if (IsBoundary(text, at) && IsBoundary(text, at + nick.Length))
            {
                return at;
            }
        }

        return -1;
    }

    private static bool IsBoundary(string text, int index) =>
        (index > 0 && IsWordChar(text[index - 1])) != (index < text.Length && IsWordChar(text[index]));

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
