using System.Security.Cryptography;
using Docket.Notes;
using Docket.Notes.Diagnostics;
using Docket.Store.Actions;
using Docket.Store.Model;
using Docket.Store.People;
using Docket.Store.Search;
using Docket.Store.Teams;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NotesMeeting = Docket.Notes.Model.Meeting;

namespace Docket.Store.Import;

/// <summary>
/// Stores notes files: each file in one transaction, so an error or a killed process leaves
/// nothing of it; an unchanged file is skipped; a changed one updates its meetings in place.
/// </summary>
public sealed class NotesImporter(StoreProvider provider, IClock clock)
{
    /// <summary>Reads and stores one file. Problems in the file are returned, not thrown.</summary>
    public async Task<FileImport> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = NotesReaderOptions.Default;
        if (options.CheckSize(request.Content.Length) is { } tooLarge)
        {
            return FileImport.Failed(request.Path, tooLarge);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(request.Content.Span));

        // Parse before taking the database's write lock: the slow part needs no lock.
        var read = NotesReader.Read(request.Content.Span, request.Path, options);
        if (!read.Succeeded)
        {
            return FileImport.Failed(request.Path, read.Errors[0]);
        }

        var meetings = read.Document!.Meetings;
        var lines = SourceLines.Split(request.Content.Span);

        await using var db = provider.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await provider.LockForWritingAsync(db, cancellationToken).ConfigureAwait(false);

        var team = request.Team is null
            ? await DefaultTeam.GetAsync(db, cancellationToken).ConfigureAwait(false)
            : await db.Teams.SingleOrDefaultAsync(t => t.Slug == request.Team, cancellationToken).ConfigureAwait(false);
        if (team is null)
        {
            return FileImport.Failed(request.Path, new NotesDiagnostic(DiagnosticCodes.Unreadable, 1, $"There is no team '{request.Team}'."));
        }

        var source = await db.SourceFiles.Include(f => f.Series).SingleOrDefaultAsync(f => f.Path == request.Path, cancellationToken).ConfigureAwait(false);
        string seriesName;
        try
        {
            seriesName = request.Series ?? SeriesNames.Detect(meetings, request.Path);
        }
        catch (ArgumentException e)
        {
            return FileImport.Failed(request.Path, new NotesDiagnostic(DiagnosticCodes.Unreadable, 1, e.Message));
        }

        var series = await SeriesLookup.FindOrCreateAsync(db, team, seriesName, cancellationToken).ConfigureAwait(false);
        if (source is not null && source.Sha256 == sha256 && source.SeriesId == series.Id)
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

        source.Record(sha256, request.Content.Length, clock.GetCurrentInstant());

        var people = new PersonDirectory(db, team);
        await people.PreloadAsync(
            meetings.SelectMany(m => m.Attendees
                .Concat(m.Roles.Values.SelectMany(n => n))
                .Concat(m.Updates.Select(u => u.Person))
                .Concat(m.Actions.SelectMany(a => a.Assignees))
                .Concat(m.Agenda.Select(a => a.Proposer))),
            cancellationToken).ConfigureAwait(false);
        var stored = await MeetingWriter.WriteAsync(db, source, series, meetings, lines, people, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var mentions = await ActionLinker.LinkAsync(db, series, stored, meetings, people, status == ImportStatus.Added, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        await SearchEntries.RewriteAsync(db, provider.Search, stored, mentions, people, status == ImportStatus.Added, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

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
