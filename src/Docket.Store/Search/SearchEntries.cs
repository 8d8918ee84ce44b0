using System.Globalization;
using Docket.Store.Model;
using Docket.Store.People;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Search;

/// <summary>
/// Derives the searchable pieces of meetings: every line of the notes, and every agenda entry,
/// decision, action, question and standup update. Rewritten with the meeting on each import; the
/// database's own full-text index follows the table (FTS5 triggers, a generated tsvector).
/// </summary>
internal static class SearchEntries
{
    private const int MaxText = 2000;

    public static async Task RewriteAsync(DocketDbContext db, IReadOnlyList<Meeting> meetings, PersonDirectory people, CancellationToken cancellationToken)
    {
        var ids = meetings.Select(m => m.Id).ToList();
        await db.SearchEntries.Where(e => ids.Contains(e.MeetingId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);

        var entries = new List<SearchEntry>();
        foreach (var meeting in meetings)
        {
            void Add(SearchKind kind, int line, string text, string people = "")
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    entries.Add(new SearchEntry
                    {
                        MeetingId = meeting.Id,
                        SeriesId = meeting.SeriesId,
                        Kind = kind,
                        Date = meeting.Date,
                        Line = line,
                        Text = text.Length <= MaxText ? text : text[..MaxText],
                        People = people,
                    });
                }
            }

            var number = meeting.Line;
            foreach (var line in meeting.Notes.Split('\n'))
            {
                if (NoteText(line) is { } text)
                {
                    Add(SearchKind.Note, number, text);
                }

                number++;
            }

            foreach (var item in meeting.Agenda)
            {
                var proposer = await people.FindAsync(item.Proposer ?? "", cancellationToken).ConfigureAwait(false);
                Add(SearchKind.Agenda, item.Line, item.Title, PeopleText(proposer is null ? [] : [proposer.Id]));
            }

            foreach (var item in meeting.Decisions)
            {
                Add(SearchKind.Decision, item.Line, item.Text);
            }

            foreach (var item in meeting.Questions)
            {
                Add(SearchKind.Question, item.Line, item.Text);
            }

            foreach (var item in meeting.ActionMentions)
            {
                var owners = new List<int>();
                foreach (var name in item.Assignees)
                {
                    if (await people.FindAsync(name, cancellationToken).ConfigureAwait(false) is { } person)
                    {
                        owners.Add(person.Id);
                    }
                }

                Add(SearchKind.Action, item.Line, item.Text, PeopleText(owners));
            }

            foreach (var item in meeting.Updates)
            {
                var text = string.Join(" · ", item.Done.Concat(item.Planned).Concat(item.Blocked));
                Add(SearchKind.Update, item.Line, text, PeopleText([item.PersonId]));
            }
        }

        db.SearchEntries.AddRange(entries);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A line of notes as worth searching: list and heading marks taken off; null for blank or rule lines.</summary>
    internal static string? NoteText(string line)
    {
        var text = line.AsSpan().Trim();
        text = text.TrimStart("#>*-+ \t");
        if (text.Length > 2 && text[0] == '[' && text[2] == ']' && text[1] is ' ' or 'x' or 'X')
        {
            text = text[3..].TrimStart();
        }

        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return text.ToString();
            }
        }

        return null;
    }

    /// <summary>Person ids as " 12 31 ", so <c>who:</c> can match one id exactly with LIKE '% 12 %'.</summary>
    internal static string PeopleText(IReadOnlyCollection<int> ids) =>
        ids.Count == 0 ? "" : " " + string.Join(' ', ids.Distinct().Select(i => i.ToString(CultureInfo.InvariantCulture))) + " ";
}
