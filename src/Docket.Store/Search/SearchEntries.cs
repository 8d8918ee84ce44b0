using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Docket.Store.Actions;
using Docket.Store.Import;
using Docket.Store.Model;
using Docket.Store.People;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using NotesMeeting = Docket.Notes.Model.Meeting;

namespace Docket.Store.Search;

/// <summary>
/// Derives the searchable pieces of meetings: the notes, in passages of neighbouring lines, and
/// every agenda entry, decision, action, question and standup update. Rewritten with the meeting on
/// each import; the database's own full-text index follows the table (FTS5 indexes each writing
/// transaction's new entries, PostgreSQL keeps a generated tsvector).
/// </summary>
internal static partial class SearchEntries
{
    private const int MaxText = 2000;

    /// <summary>
    /// Replaces the search entries of these meetings with their drafts (<see cref="Drafts"/>, worked
    /// out with the file), given the ids the store gave the meetings and the people they name.
    /// </summary>
    public static async Task RewriteAsync(DocketDbContext db, BulkRows rows, ISearchIndex index, IReadOnlyList<Meeting> meetings, IReadOnlyList<PreparedMeeting> prepared, PersonDirectory people, bool newFile, CancellationToken cancellationToken)
    {
        if (!newFile)
        {
            var ids = meetings.Select(m => m.Id).ToList();
            await db.SearchEntries.Where(e => ids.Contains(e.MeetingId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        var entries = new List<SearchEntry>(prepared.Sum(p => p.Entries.Count));
        var found = new List<int>();
        for (var i = 0; i < meetings.Count; i++)
        {
            var meeting = meetings[i];
            foreach (var draft in prepared[i].Entries)
            {
                found.Clear();
                foreach (var name in draft.People)
                {
                    if (await people.FindAsync(name, cancellationToken).ConfigureAwait(false) is { } person)
                    {
                        found.Add(person.Id);
                    }
                }

                entries.Add(new SearchEntry
                {
                    MeetingId = meeting.Id,
                    SeriesId = meeting.SeriesId,
                    Kind = draft.Kind,
                    Date = meeting.Date,
                    Line = draft.Line,
                    Text = draft.Text,
                    People = PeopleText(found),
                });
            }
        }

        await index.InsertAsync(db, rows.Commands, entries, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A meeting's search entries as its notes alone decide them, in the order they are stored: every
    /// agenda entry, decision, question, action item (those with words to track) and standup update,
    /// then the rest of <paramref name="notes"/> (the meeting's lines) in passages. Pure, so an
    /// import works them out on the core that reads the files.
    /// </summary>
    internal static IReadOnlyList<EntryDraft> Drafts(NotesMeeting meeting, string notes)
    {
        var drafts = new List<EntryDraft>();
        void Add(SearchKind kind, int line, string text, IReadOnlyList<string> people)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                // A hit is placed on a line of its entry's text: only notes span lines.
                drafts.Add(new EntryDraft(kind, line, Clean(kind == SearchKind.Note ? text : text.ReplaceLineEndings(" ")), people));
            }
        }

        foreach (var item in meeting.Agenda)
        {
            Add(SearchKind.Agenda, item.Line, item.Title, item.Proposer is { } proposer ? [proposer] : []);
        }

        foreach (var item in meeting.Decisions)
        {
            Add(SearchKind.Decision, item.Line, WithTopic(item.Text, item.Topic), []);
        }

        foreach (var item in meeting.Questions)
        {
            Add(SearchKind.Question, item.Line, WithTopic(item.Text, item.Topic), []);
        }

        // The actions the store tracks (ActionLinker): those with words to match.
        foreach (var item in meeting.Actions.Where(a => ActionWords.Key(a.Text).Length > 0))
        {
            Add(SearchKind.Action, item.Line, WithTopic(item.Text, item.Topic), item.Assignees);
        }

        // The updates the store keeps (MeetingWriter): those by someone with a name.
        foreach (var item in meeting.Updates.Where(u => PersonAlias.Normalize(u.Person) is not null))
        {
            Add(SearchKind.Update, item.Line, string.Join(" · ", item.Done.Concat(item.Planned).Concat(item.Blocked)), [item.Person]);
        }

        // A line that made an item is found as that item; the rest are found as notes, in
        // passages of consecutive lines (see Passages).
        var itemLines = drafts.Select(d => d.Line).ToHashSet();
        foreach (var (line, text) in Passages(notes, meeting.Line, itemLines))
        {
            Add(SearchKind.Note, line, text, []);
        }

        return drafts;
    }

    /// <summary>
    /// The notes as passages to search: runs of neighbouring lines, each of at most
    /// <see cref="PassageLines"/> lines of text and about <see cref="PassageLength"/> characters. A
    /// heading starts a new passage, and two lines in a row without text to search (blank, a rule, or
    /// an item's line, found as that item) end one; a single such line inside a passage stays in it as
    /// an empty line, so every line keeps its place. Words said near each other are found together
    /// ("travis" in a heading, "drone" in the paragraph under it), and a meeting's notes take a few
    /// entries rather than one per paragraph; a hit is placed on the line that matched (<see cref="IndexHit.Place"/>).
    /// </summary>
    internal static List<(int Line, string Text)> Passages(string notes, int firstLine, IReadOnlySet<int> itemLines)
    {
        // Read in place, a line at a time: only the passages themselves become strings.
        var passages = new List<(int Line, string Text)>();
        var passage = new StringBuilder();
        var start = 0;
        var textLines = 0;
        var length = 0;
        var skipped = 0;
        var number = firstLine;
        var rest = notes.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var raw = end < 0 ? rest : rest[..end];
            var text = itemLines.Contains(number) ? default : NoteText(raw);
            var none = text.IsEmpty;
            if (textLines > 0 && (IsHeading(raw) || (none ? skipped == 1 : textLines == PassageLines || length + skipped + text.Length > PassageLength)))
            {
                passages.Add((start, passage.ToString()));
                passage.Clear();
                (textLines, length, skipped) = (0, 0, 0);
            }

            if (!none)
            {
                if (textLines == 0)
                {
                    start = number;
                }
                else
                {
                    passage.Append('\n', skipped + 1);
                }

                passage.Append(text);
                textLines++;
                length += skipped + text.Length + 1;
                skipped = 0;
            }
            else if (textLines > 0)
            {
                skipped++;
            }

            if (end < 0)
            {
                break;
            }

            rest = rest[(end + 1)..];
            number++;
        }

        if (textLines > 0)
        {
            passages.Add((start, passage.ToString()));
        }

        return passages;
    }

    /// <summary>A Markdown heading ("## Travis"), not a line that starts with an issue ("#1211 is fixed").</summary>
    private static bool IsHeading(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart();
        var rest = trimmed.TrimStart('#');
        return rest.Length < trimmed.Length && (rest.IsEmpty || rest[0] is ' ' or '\t');
    }

    /// <summary>
    /// At most this many lines of text make one passage. Each passage is a row of the store and of
    /// its full-text index: ending one at every blank line made nearly twice as many.
    /// </summary>
    internal const int PassageLines = 10;

    /// <summary>About this many characters of notes make one passage: a hit's line is found in its text, and ranking favours the short.</summary>
    internal const int PassageLength = 800;

    /// <summary>An item with the topic it was under, so "what did we decide about Travis" finds "Decided to go with Drone".</summary>
    private static string WithTopic(string text, string? topic) =>
        string.IsNullOrWhiteSpace(topic) || text.Contains(topic, StringComparison.OrdinalIgnoreCase) || SectionName().IsMatch(topic) ? text : $"{text} · {topic}";

    /// <summary>Topics that only name the kind of list ("Action Items", "Decisions"): they say nothing about the item.</summary>
    [GeneratedRegex(@"^\W*(new |open |previous |last week'?s? )?(action items?|actions?|ais?|todos?|to-?dos?|decisions?|outcomes?|resolutions?|questions?|open questions|notes?|next steps|follow[- ]?ups?|minutes)( from last (week|meeting|time))?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionName();

    /// <summary>Clipped, and without the characters search uses to mark highlights, so no text can forge one.</summary>
    private static string Clean(string text) => SearchHit.Unmarked(text.Length <= MaxText ? text : text[..MaxText]);

    /// <summary>A line of notes as worth searching: list and heading marks taken off; empty for blank or rule lines.</summary>
    internal static ReadOnlySpan<char> NoteText(ReadOnlySpan<char> line)
    {
        var text = line.Trim().TrimStart("#>*-+ \t");
        if (text.Length > 2 && text[0] == '[' && text[2] == ']' && text[1] is ' ' or 'x' or 'X')
        {
            text = text[3..].TrimStart();
        }

        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return text;
            }
        }

        return default;
    }

    /// <summary>
    /// Person ids as " 12 31 ": one token per person in SQLite's full-text People column, and one id
    /// matched exactly with <c>LIKE '% 12 %'</c> on PostgreSQL.
    /// </summary>
    internal static string PeopleText(IReadOnlyCollection<int> ids) =>
        ids.Count == 0 ? "" : " " + string.Join(' ', ids.Distinct().Select(i => i.ToString(CultureInfo.InvariantCulture))) + " ";
}

/// <summary>A search entry as a meeting's notes give it: its people by the names written, the ids still to find.</summary>
internal sealed record EntryDraft(SearchKind Kind, int Line, string Text, IReadOnlyList<string> People);
