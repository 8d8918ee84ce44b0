using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Tests.Fixtures;

/// <summary>Row counts of every table and the ids of meetings and items: equal snapshots mean nothing changed.</summary>
public sealed record Snapshot(string Counts, string Ids)
{
    public static readonly Snapshot Empty = new("files=0 meetings=0 decisions=0 questions=0 agenda=0 actions=0 mentions=0 people=0 entries=0", "");

    public static async Task<Snapshot> TakeAsync(TestStore store)
    {
        await using var db = store.Provider.CreateContext();
        var counts = $"files={await db.SourceFiles.CountAsync()} meetings={await db.Meetings.CountAsync()} decisions={await db.Decisions.CountAsync()} "
            + $"questions={await db.Questions.CountAsync()} agenda={await db.Agenda.CountAsync()} actions={await db.Actions.CountAsync()} "
            + $"mentions={await db.ActionMentions.CountAsync()} people={await db.People.CountAsync()} entries={await db.SearchEntries.CountAsync()}";
        var ids = string.Join(',', await db.Meetings.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync())
            + ";" + string.Join(',', await db.Decisions.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync())
            + ";" + string.Join(',', await db.Actions.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());
        return new Snapshot(counts, ids == ";;" ? "" : ids);
    }
}
