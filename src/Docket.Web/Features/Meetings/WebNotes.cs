using System.Globalization;
using System.Text;
using Docket.Store.Access;
using Docket.Store.Import;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Web.Features.Meetings;

/// <summary>
/// Notes written on the web. They are kept as a virtual source file (<c>web/{team}/{series}/{date}.md</c>)
/// and every save re-imports the whole text with <see cref="NotesImporter"/>, so decisions and action
/// items come out exactly as they would from a file. A save names the version it was read at and is
/// refused when the notes changed since: nobody overwrites what they have not seen.
/// </summary>
public sealed class WebNotes(DocketDbContext db, NotesImporter importer)
{
    public const string Prefix = "web/";

    public static bool IsWebPath(string path) => path.StartsWith(Prefix, StringComparison.Ordinal);

    public static string PathFor(string team, string series, LocalDate date) =>
        $"{Prefix}{team}/{series}/{date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}.md";

    /// <summary>The text a web meeting's notes are edited as: every meeting of its file, in order.</summary>
    public async Task<string> TextAsync(string path, CancellationToken cancellationToken)
    {
        var parts = await db.Meetings.AsNoTracking().Where(m => m.Source.Path == path).OrderBy(m => m.Ordinal)
            .Select(m => m.Notes).ToListAsync(cancellationToken).ConfigureAwait(false);
        return string.Join("\n", parts.Select(p => p.TrimEnd('\n', '\r')));
    }

    /// <summary>Saves new notes for a readable web meeting the viewer may write; see <see cref="NotesSave"/> for the outcomes.</summary>
    public async Task<NotesSave> SaveAsync(MeetingView meeting, string text, string? readVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(text);
        if (!meeting.IsWeb || meeting.SourcePath is not { } path)
        {
            return NotesSave.NotEditable;
        }

        if (readVersion != meeting.Version)
        {
            return NotesSave.Stale;
        }

        var import = await ImportAsync(meeting.TeamSlug, meeting.SeriesSlug, path, text, cancellationToken).ConfigureAwait(false);
        if (import.Error is { } error)
        {
            return NotesSave.Failed(error.Message);
        }

        // The meeting keeps its id while its date stays; a new date makes it another meeting of the same file.
        var ids = await db.Meetings.AsNoTracking().Where(m => m.Source.Path == path).OrderBy(m => m.Ordinal)
            .Select(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return NotesSave.Saved(ids.Contains(meeting.Id) ? meeting.Id : ids.FirstOrDefault(), import.Decisions, import.Actions);
    }

    /// <summary>
    /// Makes the web meeting of a series on a date from a starting text (the planned agenda), or finds
    /// the one made before; returns its id, or the importer's message when the text is not notes.
    /// </summary>
    public async Task<(int? MeetingId, string? Error)> StartAsync(string team, string series, LocalDate date, string text, CancellationToken cancellationToken)
    {
        var path = PathFor(team, series, date);
        var existing = await FirstMeetingAsync(path, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return (existing, null);
        }

        var import = await ImportAsync(team, series, path, text, cancellationToken).ConfigureAwait(false);
        if (import.Error is { } error)
        {
            return (null, error.Message);
        }

        var made = await FirstMeetingAsync(path, cancellationToken).ConfigureAwait(false);
        return made is null ? (null, "the notes hold no meeting") : (made, null);
    }

    /// <summary>
    /// The notes to start from: the planned agenda under a title naming the series and date, unless the
    /// template already begins with a title or front matter, so the meeting is not called after its first section.
    /// </summary>
    public static string Titled(string agenda, string seriesName, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var first = agenda.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        // "---" opens front matter, whose title the reader takes (the issue template's shape).
        return first is not null && (first.StartsWith("# ", StringComparison.Ordinal) || first == "---")
            ? agenda
            : $"# {seriesName} {date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}\n\n{agenda}";
    }

    private Task<int?> FirstMeetingAsync(string path, CancellationToken cancellationToken) =>
        db.Meetings.AsNoTracking().Where(m => m.Source.Path == path).OrderBy(m => m.Ordinal).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);

    private Task<FileImport> ImportAsync(string team, string series, string path, string text, CancellationToken cancellationToken) =>
        importer.ImportAsync(new ImportRequest(path, Encoding.UTF8.GetBytes(text)) { Team = team, Series = series }, cancellationToken);
}
