using Docket.Notes.Extraction.Items;
using Docket.Notes.Reading.Outline;

namespace Docket.Notes.Extraction;

/// <summary>What sort of items a section holds, by its heading or label.</summary>
internal enum SectionKind
{
    Notes,
    Actions,
    Decisions,
}

/// <summary>
/// The lines of one meeting and what the extractors learn about them as they go: which lines are
/// header fields or standup blocks (so no one else reads them as items), topics, sections, owners.
/// </summary>
internal sealed class MeetingScope
{
    private readonly HashSet<int> _claimed = [];
    private readonly HashSet<int> _standup = [];
    private readonly Dictionary<int, SectionKind?> _kinds = [];
    private readonly Dictionary<int, int> _listStarts = [];

    public MeetingScope(IReadOnlyList<NoteLine> lines, NoteLine? boundary)
    {
        Lines = lines;
        Boundary = boundary;
        First = lines.Count > 0 ? lines[0].Index : 0;
        Last = lines.Count > 0 ? lines[^1].Index : -1;
    }

    public IReadOnlyList<NoteLine> Lines { get; }

    /// <summary>The heading or date line that starts the meeting in a many-meetings file.</summary>
    public NoteLine? Boundary { get; }

    public int First { get; }

    public int Last { get; }

    /// <summary>Role name to holders, filled by the header fields; "Action Items for Cultivator" reads it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Roles { get; set; } = new Dictionary<string, IReadOnlyList<string>>();

    public bool Contains(NoteLine line) => line.Index >= First && line.Index <= Last;

    public void Claim(NoteLine line) => _claimed.Add(line.Index);

    public bool IsClaimed(NoteLine line) => _claimed.Contains(line.Index);

    public void ClaimStandup(NoteLine line) => _standup.Add(line.Index);

    public bool IsStandup(NoteLine line) => _standup.Contains(line.Index);

    /// <summary>The heading above <paramref name="line"/> inside this meeting, not the meeting's own title line.</summary>
    public NoteLine? HeadingOf(NoteLine line) =>
        line.Heading is { } heading && Contains(heading) && heading != Boundary ? heading : null;

    /// <summary>The nearest parent bullet, or else the heading the line sits under.</summary>
    public string? TopicOf(NoteLine line)
    {
        for (var parent = line.Parent; parent is not null; parent = parent.Parent)
        {
            if ((parent.Kind == LineKind.Text && parent.Indent == 0) || KindOf(parent.Text) is not null)
            {
                continue; // a label ("TODO:", "TODOs:") is not a topic; the bullet or heading above it is
            }

            var topic = TopicText(parent.Text);
            if (topic.Length > 0)
            {
                return topic;
            }
        }

        // A short paragraph right above a list introduces it: "[Issue 258](...): Title" then the discussion.
        if (line.Kind == LineKind.Item && line.Parent is null && IntroductionOf(line) is { } introduction)
        {
            return TopicText(introduction.Text);
        }

        // A standup block's "##### @name" heading says whose update it is, not what it is about.
        return HeadingOf(line) is { } heading && !_standup.Contains(heading.Index) ? TopicText(heading.Text) : null;
    }

    private NoteLine? IntroductionOf(NoteLine item)
    {
        // The list's first item decides for the whole list (remembered: a list may be 200,000 items long).
        var i = item.Index - First;
        while (i > 0 && Lines[i - 1].Kind == LineKind.Item)
        {
            if (_listStarts.TryGetValue(i - 1, out var start))
            {
                i = start;
                break;
            }

            i--;
        }

        _listStarts[item.Index - First] = i;
        if (i <= 0 || Lines[i - 1] is not { Kind: LineKind.Text, Indent: 0 } before || before == Boundary || IsClaimed(before)
            || NotesOutline.IsLabel(before.Text) || before.Text.Length > 160 || before.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 15)
        {
            return null;
        }

        return before;
    }

    public SectionKind SectionOf(NoteLine line)
    {
        for (var parent = line.Parent; parent is not null; parent = parent.Parent)
        {
            if (CachedKindOf(parent) is { } kind)
            {
                return kind;
            }
        }

        for (var heading = HeadingOf(line); heading is not null; heading = ParentHeading(heading))
        {
            if (CachedKindOf(heading) is { } kind)
            {
                return kind;
            }
        }

        return SectionKind.Notes;
    }

    // Every line under a heading asks what the heading is: ask its text once.
    private SectionKind? CachedKindOf(NoteLine line)
    {
        if (!_kinds.TryGetValue(line.Index, out var kind))
        {
            _kinds[line.Index] = kind = KindOf(line.Text);
        }

        return kind;
    }

    /// <summary>"Action Items for Cultivator": the cultivator owns them.</summary>
    public IReadOnlyList<string> SectionOwners(NoteLine line)
    {
        var section = line.Parent is { } parent && Markers.ActionSection().IsMatch(parent.Text) ? parent.Text : HeadingOf(line)?.Text;
        if (section is null || Markers.ActionSection().Match(section) is not { Success: true } match
            || Markers.SectionOwner().Match(match.Groups["rest"].Value) is not { Success: true } owner)
        {
            return [];
        }

        var who = owner.Groups["who"].Value;
        foreach (var (role, people) in Roles)
        {
            if (role.Equals(who, StringComparison.OrdinalIgnoreCase) || who.StartsWith(role, StringComparison.OrdinalIgnoreCase))
            {
                return people;
            }
        }

        return People.Words.CouldBeName(who) && char.IsUpper(who[0]) ? [People.PersonName.Clean(who)!] : [];
    }

    /// <summary>The items beside <paramref name="line"/>: same parent, or the same top level under the same heading.</summary>
    public IEnumerable<NoteLine> Siblings(NoteLine line) => line.Parent is { } parent
        ? parent.Children
        : Lines.Where(l => l.Parent is null && l.Heading == line.Heading && l.Kind == line.Kind && l.Indent == line.Indent);

    private NoteLine? ParentHeading(NoteLine heading)
    {
        for (var h = heading.Heading; h is not null; h = h.Heading)
        {
            if (h.Level < heading.Level)
            {
                return Contains(h) && h != Boundary ? h : null;
            }
        }

        return null;
    }

    private static SectionKind? KindOf(string text)
    {
        if (text.Length > 60)
        {
            return null;
        }

        if (Markers.DecisionSection().IsMatch(text))
        {
            return SectionKind.Decisions;
        }

        return Markers.ActionSection().IsMatch(text) ? SectionKind.Actions : null;
    }

    internal static string TopicText(string text)
    {
        var topic = Agenda.AgendaText.SplitProposer(text).Title.Trim().TrimEnd(':').Trim();
        return topic;
    }
}
