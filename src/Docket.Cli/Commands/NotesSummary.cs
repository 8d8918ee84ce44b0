using System.Globalization;
using Docket.Notes.Model;
using NodaTime.Text;
using Spectre.Console;

namespace Docket.Cli.Commands;

/// <summary>The readable form of a parsed file: meetings, decisions, and action items grouped by owner.</summary>
internal static class NotesSummary
{
    private const string NoOwner = "(no owner)";

    public static void Write(IAnsiConsole console, NotesDocument document)
    {
        var meetings = document.Meetings;
        console.MarkupLine($"[bold]{Markup.Escape(document.Source)}[/]: {Count(meetings.Count, "meeting")}, " +
            $"{Count(meetings.Sum(m => m.Decisions.Count), "decision")}, {Count(meetings.Sum(m => m.Actions.Count), "action item")}");

        foreach (var meeting in meetings)
        {
            console.WriteLine();
            console.MarkupLine($"  [bold underline]{Markup.Escape(Heading(meeting))}[/]");
            if (meeting.Attendees.Count > 0)
            {
                console.MarkupLine($"  [grey]Attending:[/] {Markup.Escape(string.Join(", ", meeting.Attendees))}");
            }

            foreach (var (role, people) in meeting.Roles)
            {
                console.MarkupLine($"  [grey]{Markup.Escape(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(role))}:[/] {Markup.Escape(string.Join(", ", people))}");
            }

            if (meeting.Decisions.Count > 0)
            {
                console.MarkupLine("  [green]Decisions[/]");
                foreach (var decision in meeting.Decisions)
                {
                    console.MarkupLine($"    • {Markup.Escape(decision.Text)}{Topic(decision.Topic)}");
                }
            }

            if (meeting.Actions.Count > 0)
            {
                console.MarkupLine("  [yellow]Action items[/]");
                var byOwner = meeting.Actions
                    .SelectMany(a => a.Assignees.Count == 0 ? [(Owner: NoOwner, Action: a)] : a.Assignees.Select(o => (Owner: o, Action: a)))
                    .GroupBy(x => x.Owner, StringComparer.OrdinalIgnoreCase)
                    .OrderBy(g => g.Key == NoOwner ? 1 : 0).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase);
                foreach (var owner in byOwner)
                {
                    console.MarkupLine($"    [bold]{Markup.Escape(owner.Key)}[/]");
                    foreach (var (_, action) in owner)
                    {
                        console.MarkupLine($"      {(action.Done ? "[[x]]" : "[[ ]]")} {Markup.Escape(action.Text)}{Topic(action.Topic)}");
                    }
                }
            }

            if (meeting.Questions.Count > 0)
            {
                console.MarkupLine($"  [blue]Open questions[/]: {meeting.Questions.Count}");
            }

            if (meeting.Updates.Count > 0)
            {
                console.MarkupLine($"  [blue]Standup updates[/]: {Markup.Escape(string.Join(", ", meeting.Updates.Select(u => u.Person)))}");
            }
        }
    }

    private static string Heading(Meeting meeting)
    {
        var when = meeting.Start is { } start
            ? OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm o<+HH:mm>").Format(start)
            : meeting.Date is { } date ? LocalDatePattern.Iso.Format(date) : "undated";
        return meeting.Title is { } title ? $"{title} ({when})" : when;
    }

    private static string Topic(string? topic) => topic is null ? "" : $" [grey]({Markup.Escape(topic)})[/]";

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
