using Docket.Notes.Model;
using NodaTime;

namespace Docket.Notes.Irc;

/// <summary>What a W3C scribe log (or a plain IRC meeting log) records, after <c>s/old/new/</c> corrections.</summary>
internal sealed class ScribeMinutes
{
    public required int Line { get; init; }

    /// <summary>From <c>Meeting:</c>.</summary>
    public required string? Title { get; init; }

    /// <summary>From <c>Date:</c>; else the calendar dates the log.</summary>
    public required LocalDate? Date { get; init; }

    /// <summary>The first line a person said, to date the log when no <c>Date:</c> line does.</summary>
    public required IrcLine FirstLine { get; init; }

    public required IReadOnlyList<string> Chairs { get; init; }

    public required IReadOnlyList<string> Scribes { get; init; }

    /// <summary>From <c>present+</c> / <c>present:</c>; else everyone who spoke.</summary>
    public required IReadOnlyList<string> Attendees { get; init; }

    public required IReadOnlyList<AgendaItem> Agenda { get; init; }

    public required IReadOnlyList<Decision> Decisions { get; init; }

    public required IReadOnlyList<ActionItem> Actions { get; init; }

    public required IReadOnlyList<string> References { get; init; }

    public Meeting ToMeeting(IrcLogCalendar calendar)
    {
        var roles = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (Chairs.Count > 0)
        {
            roles["chair"] = Chairs;
        }

        if (Scribes.Count > 0)
        {
            roles["scribe"] = Scribes;
        }

        // A scribe log says when the meeting is only in the scribe's words; the log's first and last lines
        // (the bots joining, people lingering) are not its start and end, so those stay unknown.
        return new Meeting
        {
            Title = Title,
            Date = Date ?? calendar.DateOf(FirstLine),
            Roles = roles,
            Attendees = Attendees,
            Agenda = Agenda,
            Decisions = Decisions,
            Actions = Actions,
            References = References,
            Line = Line,
        };
    }
}
