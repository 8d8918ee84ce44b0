using Docket.Store.Actions;
using Docket.Store.Model;
using Docket.Store.People;
using Docket.Store.Search;
using Docket.Store.Teams;
using Microsoft.EntityFrameworkCore;
using NotesMeeting = Docket.Notes.Model.Meeting;

namespace Docket.Store.Import;

/// <summary>
/// Stores one prepared file inside the batch's transaction: finds its team and series, writes its
/// meetings over what the store held of the file, links its action items and rewrites its search
/// entries. A failed result may leave writes behind: the caller rolls the file back.
/// </summary>
internal static class FileWriter
{
    public static async Task<FileImport> WriteAsync(ImportScope scope, PreparedFile file, CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var request = file.Request;
        if (!await scope.HoldsFileAsync(request.Path, cancellationToken).ConfigureAwait(false))
        {
            return await AddAsync(scope, file, cancellationToken).ConfigureAwait(false);
        }

        var source = await db.SourceFiles.Include(f => f.Series).SingleAsync(f => f.Path == request.Path, cancellationToken).ConfigureAwait(false);

        // Stored meetings are rewritten through the context, which may make people and series the
        // scope does not know of: it looks everything up again after such a file.
        try
        {
            return await UpdateAsync(scope, file, source, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            scope.Forget();
        }
    }

    /// <summary>A file the store has never seen: every row is new, written untracked with the batch's prepared inserts.</summary>
    private static async Task<FileImport> AddAsync(ImportScope scope, PreparedFile file, CancellationToken cancellationToken)
    {
        var request = file.Request;
        var team = await scope.TeamAsync(request.Team, cancellationToken).ConfigureAwait(false);
        if (team is null)
        {
            return file.Fail($"There is no team '{request.Team}'.");
        }

        var (seriesName, problem) = SeriesName(file);
        if (seriesName is null)
        {
            return file.Fail(problem!);
        }

        var series = await scope.SeriesAsync(team, seriesName, cancellationToken).ConfigureAwait(false);
        var source = new SourceFile(request.Path, series);
        scope.Rows.Set(source, nameof(SourceFile.SeriesId), series.Id);
        source.Record(file.Sha256, request.Content.Length, scope.Clock.GetCurrentInstant());
        await scope.Rows.InsertAsync([source], cancellationToken).ConfigureAwait(false);

        var people = scope.People(team);
        return await WriteMeetingsAsync(scope, file, source, series, people, ImportStatus.Added, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A file imported before: unchanged, or its meetings rewritten in place, keeping their identities.</summary>
    private static async Task<FileImport> UpdateAsync(ImportScope scope, PreparedFile file, SourceFile source, CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var request = file.Request;
        var team = request.Team is null
            ? await DefaultTeam.GetAsync(db, cancellationToken).ConfigureAwait(false)
            : await db.Teams.SingleOrDefaultAsync(t => t.Slug == request.Team, cancellationToken).ConfigureAwait(false);
        if (team is null)
        {
            return file.Fail($"There is no team '{request.Team}'.");
        }

        var (seriesName, problem) = SeriesName(file);
        if (seriesName is null)
        {
            return file.Fail(problem!);
        }

        var series = await SeriesLookup.FindOrCreateAsync(db, team, seriesName, cancellationToken).ConfigureAwait(false);
        if (source.Sha256 == file.Sha256 && source.SeriesId == series.Id)
        {
            return new FileImport(request.Path, ImportStatus.Unchanged, series.Slug, 0, 0, 0, null);
        }

        source.MoveTo(series);
        source.Record(file.Sha256, request.Content.Length, scope.Clock.GetCurrentInstant());
        return await WriteMeetingsAsync(scope, file, source, series, new PersonDirectory(db, team), ImportStatus.Updated, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<FileImport> WriteMeetingsAsync(ImportScope scope, PreparedFile file, SourceFile source, Model.Series series, PersonDirectory people, ImportStatus status, CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var meetings = file.Meetings;
        var newFile = status == ImportStatus.Added;
        await people.PreloadAsync(Names(meetings), cancellationToken).ConfigureAwait(false);
        var stored = await MeetingWriter.WriteAsync(db, scope.Rows, source, series, meetings, file.Prepared, people, newFile, cancellationToken).ConfigureAwait(false);

        // A new file is written through the batch's prepared statements alone; a file rewritten in
        // place goes through the context, which saves what it changed.
        if (!newFile)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        var seriesActions = await scope.ActionsAsync(series.Id, cancellationToken).ConfigureAwait(false);
        await ActionLinker.LinkAsync(db, scope.Rows, series, seriesActions, stored, meetings, people, newFile, cancellationToken).ConfigureAwait(false);
        if (!newFile)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await SearchEntries.RewriteAsync(db, scope.Rows, scope.Search, stored, file.Prepared, people, newFile, cancellationToken).ConfigureAwait(false);

        return new FileImport(
            file.Path,
            status,
            series.Slug,
            meetings.Count,
            meetings.Sum(m => m.Decisions.Count),
            meetings.Sum(m => m.Actions.Count),
            null);
    }

    /// <summary>The series the request names, else the one the notes or the path suggest; or why there is none.</summary>
    private static (string? Name, string? Problem) SeriesName(PreparedFile file)
    {
        try
        {
            return (file.Request.Series ?? SeriesNames.Detect(file.Meetings, file.Path), null);
        }
        catch (ArgumentException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>Every name the meetings give a person by, to look up in one query.</summary>
    private static IEnumerable<string?> Names(IReadOnlyList<NotesMeeting> meetings) =>
        meetings.SelectMany(m => m.Attendees
            .Concat(m.Roles.Values.SelectMany(n => n))
            .Concat(m.Updates.Select(u => u.Person))
            .Concat(m.Actions.SelectMany(a => a.Assignees))
            .Concat(m.Agenda.Select(a => a.Proposer)));
}
