using Docket.Store.Actions;
using Docket.Store.Model;
using Docket.Store.People;
using Docket.Store.Search;
using Docket.Store.Storage;
using Docket.Store.Teams;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Store.Import;

/// <summary>
/// Stores one prepared file inside the caller's transaction: finds its team and series, writes its
/// meetings over what the store held of the file, links its action items and rewrites its search
/// entries. A failed result may leave writes behind: the caller rolls the file back.
/// </summary>
internal static class FileWriter
{
    public static async Task<FileImport> WriteAsync(DocketDbContext db, ISearchIndex search, IClock clock, PreparedFile file, CancellationToken cancellationToken)
    {
        var request = file.Request;
        var meetings = file.Meetings;
        var team = request.Team is null
            ? await DefaultTeam.GetAsync(db, cancellationToken).ConfigureAwait(false)
            : await db.Teams.SingleOrDefaultAsync(t => t.Slug == request.Team, cancellationToken).ConfigureAwait(false);
        if (team is null)
        {
            return file.Fail($"There is no team '{request.Team}'.");
        }

        var source = await db.SourceFiles.Include(f => f.Series).SingleOrDefaultAsync(f => f.Path == request.Path, cancellationToken).ConfigureAwait(false);
        string seriesName;
        try
        {
            seriesName = request.Series ?? SeriesNames.Detect(meetings, request.Path);
        }
        catch (ArgumentException e)
        {
            return file.Fail(e.Message);
        }

        var series = await SeriesLookup.FindOrCreateAsync(db, team, seriesName, cancellationToken).ConfigureAwait(false);
        if (source is not null && source.Sha256 == file.Sha256 && source.SeriesId == series.Id)
        {
            return new FileImport(request.Path, ImportStatus.Unchanged, series.Slug, 0, 0, 0, null);
        }

        var status = source is null ? ImportStatus.Added : ImportStatus.Updated;
        if (source is null)
        {
            source = new SourceFile(request.Path, series);
            db.SourceFiles.Add(source);
        }
        else
        {
            source.MoveTo(series);
        }

        source.Record(file.Sha256, request.Content.Length, clock.GetCurrentInstant());

        var people = new PersonDirectory(db, team);
        await people.PreloadAsync(
            meetings.SelectMany(m => m.Attendees
                .Concat(m.Roles.Values.SelectMany(n => n))
                .Concat(m.Updates.Select(u => u.Person))
                .Concat(m.Actions.SelectMany(a => a.Assignees))
                .Concat(m.Agenda.Select(a => a.Proposer))),
            cancellationToken).ConfigureAwait(false);
        var stored = await MeetingWriter.WriteAsync(db, source, series, meetings, file.Lines, people, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var mentions = await ActionLinker.LinkAsync(db, series, stored, meetings, people, status == ImportStatus.Added, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        await SearchEntries.RewriteAsync(db, search, stored, mentions, people, status == ImportStatus.Added, cancellationToken).ConfigureAwait(false);

        return new FileImport(
            request.Path,
            status,
            series.Slug,
            meetings.Count,
            meetings.Sum(m => m.Decisions.Count),
            meetings.Sum(m => m.Actions.Count),
            null);
    }
}
