using System.Globalization;
using Docket.Store.Model;
using Docket.Store.People;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using NotesMeeting = Docket.Notes.Model.Meeting;

namespace Docket.Store.Import;

/// <summary>
/// Writes a file's meetings over what the store held of that file: a meeting keeps its identity
/// (its key: the date, or its place when undated), and so do its decisions, questions and agenda
/// entries whose words did not change.
/// </summary>
internal static class MeetingWriter
{
    public static async Task<IReadOnlyList<Meeting>> WriteAsync(
        DocketDbContext db,
        BulkRows bulk,
        SourceFile source,
        Model.Series series,
        IReadOnlyList<NotesMeeting> meetings,
        IReadOnlyList<PreparedMeeting> prepared,
        PersonDirectory people,
        bool newFile,
        CancellationToken cancellationToken)
    {
        var existing = newFile ? [] : await db.Meetings
            .Where(m => m.SourceId == source.Id)
            .Include(m => m.Agenda).Include(m => m.Decisions).Include(m => m.Questions).Include(m => m.Updates)
            .Include(m => m.Attendance).Include(m => m.Roles)
            .AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byKey = existing.ToDictionary(m => m.Key, StringComparer.Ordinal);

        // A file with nothing stored yet has no identities to keep: its rows are written in bulk,
        // without change tracking.
        var fresh = existing.Count == 0;

        var keys = MeetingKeys(meetings);
        var stored = new List<Meeting>(meetings.Count);
        for (var i = 0; i < meetings.Count; i++)
        {
            var notes = meetings[i];
            if (!byKey.Remove(keys[i], out var meeting))
            {
                meeting = new Meeting(series, source, keys[i]);
                if (!fresh)
                {
                    db.Meetings.Add(meeting);
                }
            }
            else if (meeting.SeriesId != series.Id)
            {
                // The file moved to another series: its meetings go with it.
                db.Entry(meeting).Reference(m => m.Series).CurrentValue = series;
            }

            meeting.Ordinal = i;
            meeting.Title = Clip(notes.Title, 1000);
            meeting.Number = notes.Number;
            meeting.Date = notes.Date;
            meeting.StartsAt = notes.Start?.ToInstant();
            meeting.EndsAt = notes.End?.ToInstant();
            meeting.OffsetSeconds = (notes.Start ?? notes.End)?.Offset.Seconds;
            meeting.TimeZone = Clip(notes.TimeZone, 64);
            meeting.Location = Clip(notes.Location, 2000);
            meeting.Line = notes.Line;
            meeting.EndLine = prepared[i].EndLine;
            meeting.Notes = prepared[i].Notes;

            Reconcile(meeting.Agenda, notes.Agenda, a => a.Title, (e, a) => { e.Title = a.Title; e.Minutes = a.Minutes; e.Proposer = a.Proposer; e.Line = a.Line; }, e => e.Title);
            Reconcile(meeting.Decisions, notes.Decisions, d => d.Text, (e, d) => { e.Text = d.Text; e.Topic = d.Topic; e.Line = d.Line; }, e => e.Text);
            Reconcile(meeting.Questions, notes.Questions, q => q.Text, (e, q) => { e.Text = q.Text; e.Topic = q.Topic; e.Line = q.Line; }, e => e.Text);
            meeting.References = [.. notes.References.Select(r => Clip(r, MaxReference)!)];

            await WritePeopleAsync(meeting, notes, people, cancellationToken).ConfigureAwait(false);
            stored.Add(meeting);
        }

        if (fresh)
        {
            await InsertAsync(db, bulk, source, series, stored, cancellationToken).ConfigureAwait(false);
        }

        // Meetings the file no longer holds go, with everything read from them.
        db.Meetings.RemoveRange(byKey.Values);
        return stored;
    }

    /// <summary>Writes new meetings and their items, not tracked: the same rows <c>SaveChanges</c> would write.</summary>
    private static async Task InsertAsync(DocketDbContext db, BulkRows bulk, SourceFile source, Model.Series series, List<Meeting> meetings, CancellationToken cancellationToken)
    {
        // The file, its series and the people met for the first time get their keys first.
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var meeting in meetings)
        {
            bulk.Set(meeting, nameof(Meeting.SeriesId), series.Id);
            bulk.Set(meeting, nameof(Meeting.SourceId), source.Id);
        }

        await bulk.InsertAsync(meetings, cancellationToken).ConfigureAwait(false);
        await InsertItemsAsync(bulk, meetings, m => m.Agenda, cancellationToken).ConfigureAwait(false);
        await InsertItemsAsync(bulk, meetings, m => m.Decisions, cancellationToken).ConfigureAwait(false);
        await InsertItemsAsync(bulk, meetings, m => m.Questions, cancellationToken).ConfigureAwait(false);
        foreach (var entry in meetings.SelectMany(m => m.Attendance))
        {
            entry.PersonId = entry.Person.Id;
        }

        foreach (var entry in meetings.SelectMany(m => m.Roles))
        {
            entry.PersonId = entry.Person.Id;
        }

        foreach (var entry in meetings.SelectMany(m => m.Updates))
        {
            entry.PersonId = entry.Person.Id;
        }

        await InsertItemsAsync(bulk, meetings, m => m.Attendance, cancellationToken).ConfigureAwait(false);
        await InsertItemsAsync(bulk, meetings, m => m.Roles, cancellationToken).ConfigureAwait(false);
        await InsertItemsAsync(bulk, meetings, m => m.Updates, cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertItemsAsync<TEntry>(BulkRows bulk, List<Meeting> meetings, Func<Meeting, List<TEntry>> items, CancellationToken cancellationToken)
        where TEntry : MeetingItem
    {
        var rows = new List<TEntry>();
        foreach (var meeting in meetings)
        {
            foreach (var item in items(meeting))
            {
                bulk.Set(item, nameof(MeetingItem.MeetingId), meeting.Id);
                rows.Add(item);
            }
        }

        await bulk.InsertAsync(rows, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WritePeopleAsync(Meeting meeting, NotesMeeting notes, PersonDirectory people, CancellationToken cancellationToken)
    {
        var attendees = new List<Person>();
        foreach (var name in notes.Attendees)
        {
            if (await people.ResolveAsync(name, cancellationToken).ConfigureAwait(false) is { } person && !attendees.Contains(person))
            {
                attendees.Add(person);
            }
        }

        Reconcile(meeting.Attendance, attendees, p => p.Name, (e, p) => { e.Person = p; e.Line = notes.Line; }, e => e.Person.Name);

        var roles = new List<(string Role, Person Person)>();
        foreach (var (role, names) in notes.Roles)
        {
            foreach (var name in names)
            {
                if (await people.ResolveAsync(name, cancellationToken).ConfigureAwait(false) is { } person)
                {
                    roles.Add((role, person));
                }
            }
        }

        Reconcile(meeting.Roles, roles, r => r.Role + "\n" + r.Person.Name, (e, r) => { e.Role = Clip(r.Role, 64)!; e.Person = r.Person; e.Line = notes.Line; }, e => e.Role + "\n" + e.Person.Name);

        var updates = new List<(Docket.Notes.Model.StandupUpdate Update, Person Person)>();
        foreach (var update in notes.Updates)
        {
            if (await people.ResolveAsync(update.Person, cancellationToken).ConfigureAwait(false) is { } person)
            {
                updates.Add((update, person));
            }
        }

        Reconcile(
            meeting.Updates,
            updates,
            u => u.Person.Name,
            (e, u) =>
            {
                e.Person = u.Person;
                e.Done = [.. u.Update.Done];
                e.Planned = [.. u.Update.Planned];
                e.Blocked = [.. u.Update.Blocked];
                e.Line = u.Update.Line;
            },
            e => e.Person.Name);
    }

    /// <summary>
    /// Makes <paramref name="stored"/> hold <paramref name="read"/>, in order: entries whose key is
    /// unchanged are kept (their ids survive), the rest are removed or added.
    /// </summary>
    private static void Reconcile<TEntry, TRead>(List<TEntry> stored, IReadOnlyList<TRead> read, Func<TRead, string> readKey, Action<TEntry, TRead> apply, Func<TEntry, string> storedKey)
        where TEntry : MeetingItem, new()
    {
        if (stored.Count == 0)
        {
            // A new meeting, or nothing kept: every entry is new (most of an import's meetings).
            for (var i = 0; i < read.Count; i++)
            {
                var entry = new TEntry();
                apply(entry, read[i]);
                entry.Position = i;
                stored.Add(entry);
            }

            return;
        }

        var pool = stored.GroupBy(storedKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<TEntry>(g), StringComparer.Ordinal);
        var result = new List<TEntry>(read.Count);
        for (var i = 0; i < read.Count; i++)
        {
            var entry = pool.TryGetValue(readKey(read[i]), out var queue) && queue.Count > 0 ? queue.Dequeue() : new TEntry();
            apply(entry, read[i]);
            entry.Position = i;
            result.Add(entry);
        }

        stored.Clear();
        stored.AddRange(result);
    }

    /// <summary>Keys that identify each meeting within its file: the date, made unique by a counter; the position when undated.</summary>
    private static string[] MeetingKeys(IReadOnlyList<NotesMeeting> meetings)
    {
        var keys = new string[meetings.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < meetings.Count; i++)
        {
            var key = meetings[i].Date is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";
            var count = seen[key] = seen.GetValueOrDefault(key) + 1;
            keys[i] = count == 1 ? key : $"{key}~{count.ToString(CultureInfo.InvariantCulture)}";
        }

        return keys;
    }

    /// <summary>The longest reference kept: a URL longer than this is not one a reader follows.</summary>
    private const int MaxReference = 2000;

    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
