using System.Text;
using Docket.Notes;
using Docket.Notes.Tests.Fixtures;
using Docket.Store.Storage;
using Docket.Store.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Tests.Import;

/// <summary>
/// A new file's rows are written in bulk, a changed file's through change tracking: both ways must
/// store the same meetings, items, action items and search entries.
/// </summary>
public sealed class BulkImportTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_NewFile_StoresWhatAnUpdateStores(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var seed = SharedFiles.Seed("003");
        var text = await File.ReadAllTextAsync(seed);
        var meetings = NotesReader.Read(Encoding.UTF8.GetBytes(text), seed).Document!.Meetings;
        Assert.True(meetings.Count > 2, "the seed should hold several meetings");

        // The same notes: once as a new file (bulk), once as a file that held only its first meeting (tracked).
        await store.ImportTextAsync("/notes/bulk.md", text, "bulk");
        var firstMeeting = string.Join('\n', text.Split('\n')[..(meetings[1].Line - 1)]);
        await store.ImportTextAsync("/notes/tracked.md", firstMeeting, "tracked");
        var updated = await store.ImportTextAsync("/notes/tracked.md", text, "tracked");

        Assert.Equal(Docket.Store.Import.ImportStatus.Updated, updated.Status);
        await using var db = store.Provider.CreateContext();
        var bulk = await RowsAsync(db, "bulk");
        var tracked = await RowsAsync(db, "tracked");
        Assert.NotEmpty(bulk);
        Assert.Equal(tracked, bulk);
    }

    /// <summary>Every row a series' import wrote, as text without its keys.</summary>
    private static async Task<List<string>> RowsAsync(DocketDbContext db, string series)
    {
        var meetingIds = await db.Meetings.Where(m => m.Series.Slug == series).Select(m => m.Id).ToListAsync();
        var rows = new List<string>();
        var byId = await db.Meetings.Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Key);
        rows.AddRange(await db.Meetings.Where(m => meetingIds.Contains(m.Id))
            .Select(m => $"meeting {m.Key} {m.Ordinal} {m.Title} {m.Number} {m.Date} {m.StartsAt} {m.EndsAt} {m.OffsetSeconds} {m.TimeZone} {m.Location} {m.Line}-{m.EndLine} {m.Notes.Length}")
            .ToListAsync());
        rows.AddRange((await db.Meetings.Where(m => meetingIds.Contains(m.Id)).Select(m => new { m.Key, m.References }).ToListAsync())
            .SelectMany(m => m.References.Select((r, i) => $"reference {m.Key} {i} {r}")));
        rows.AddRange((await db.Agenda.Where(i => meetingIds.Contains(i.MeetingId)).ToListAsync())
            .Select(i => $"agenda {byId[i.MeetingId]} {i.Position} {i.Line} {i.Title} {i.Minutes} {i.Proposer}"));
        rows.AddRange((await db.Decisions.Where(i => meetingIds.Contains(i.MeetingId)).ToListAsync())
            .Select(i => $"decision {byId[i.MeetingId]} {i.Position} {i.Line} {i.Text} {i.Topic}"));
        rows.AddRange((await db.Questions.Where(i => meetingIds.Contains(i.MeetingId)).ToListAsync())
            .Select(i => $"question {byId[i.MeetingId]} {i.Position} {i.Line} {i.Text} {i.Topic}"));
        rows.AddRange((await db.Attendance.Where(i => meetingIds.Contains(i.MeetingId)).Select(i => new { i.MeetingId, i.Position, i.Line, i.Person.Name }).ToListAsync())
            .Select(i => $"attendance {byId[i.MeetingId]} {i.Position} {i.Line} {i.Name}"));
        rows.AddRange((await db.Roles.Where(i => meetingIds.Contains(i.MeetingId)).Select(i => new { i.MeetingId, i.Position, i.Line, i.Role, i.Person.Name }).ToListAsync())
            .Select(i => $"role {byId[i.MeetingId]} {i.Position} {i.Line} {i.Role} {i.Name}"));
        rows.AddRange((await db.Updates.Where(i => meetingIds.Contains(i.MeetingId)).Include(i => i.Person).ToListAsync())
            .Select(i => $"update {byId[i.MeetingId]} {i.Position} {i.Line} {i.Person.Name} {string.Join('|', i.Done)} {string.Join('|', i.Planned)} {string.Join('|', i.Blocked)}"));
        rows.AddRange((await db.ActionMentions.Where(i => meetingIds.Contains(i.MeetingId)).Include(i => i.ActionItem).ToListAsync())
            .Select(i => $"mention {byId[i.MeetingId]} {i.Position} {i.Line} {i.Text} {i.Topic} {i.Done} {i.Dropped} {i.Due} {string.Join('|', i.Assignees)} of {i.ActionItem.Key}"));
        rows.AddRange((await db.Actions.Where(a => a.Series.Slug == series).Include(a => a.Assignees).ThenInclude(a => a.Person).ToListAsync())
            .Select(a => $"action {a.Key} {a.Text} {a.Status} {a.MarkedStatus} {a.FirstDate} {a.LastDate} {a.MeetingCount} {a.OwnerKeys} "
                + $"{byId[a.FirstMeetingId]} {byId[a.LastMeetingId]} {(a.ClosedInMeetingId is { } closed ? byId[closed] : "-")} {string.Join('|', a.Assignees.Select(p => p.Person.Name).Order(StringComparer.Ordinal))}"));
        rows.AddRange((await db.SearchEntries.Where(e => meetingIds.Contains(e.MeetingId)).OrderBy(e => e.Id).ToListAsync())
            .Select(e => $"entry {byId[e.MeetingId]} {e.Kind} {e.Date} {e.Line} {e.Text} {e.People}"));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
