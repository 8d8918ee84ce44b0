using Docket.Demo.Story;
using NodaTime;

namespace Docket.Demo.Shapes;

/// <summary>
/// A GitHub issue made from the meeting template, one file per meeting: front matter, meeting
/// details with each member's local time, proposed agenda, outcomes with <c>[DECISION]</c>,
/// <c>[TODO]</c> and <c>[QUESTION]</c>, and the carried action items as a task list.
/// </summary>
internal static class IssueShape
{
    /// <summary>The number of the first meeting in the demo: the series was running before.</summary>
    private const int FirstNumber = 37;

    public static IReadOnlyList<DemoFile> Write(DemoSeries series, IReadOnlyList<DemoMeeting> meetings) =>
        [.. meetings.Select(m => new DemoFile(DemoText.Iso.Format(m.When.Date) + ".md", Write(series, m)))];

    private static string Write(DemoSeries series, DemoMeeting meeting)
    {
        var when = meeting.When;
        var lines = new List<string>
        {
            "---",
            $"name: {series.Name}",
            "about: Create a new weekly meeting agenda.",
            $"title: '{series.Name} #{FirstNumber + meeting.Index}'",
            "labels: meeting",
            "---",
            "",
            "## Meeting Details",
            $"- **Date/Time:** {DemoText.Long.Format(when.Date)}, {DemoText.Utc(when.Instant)}-{DemoText.Utc(when.EndInstant)} UTC",
        };
        foreach (var member in series.Members)
        {
            var zone = DateTimeZoneProviders.Tzdb[member.Zone];
            var start = when.Instant.InZone(zone);
            lines.Add($"    - {member.Handle}: {DemoText.Weekday(start)} {DemoText.Time(start)}-{DemoText.Time(when.EndInstant.InZone(zone))} {member.Zone}");
        }

        lines.Add($"- **Location:** {series.Location}");
        for (var r = 0; r < series.Roles.Count; r++)
        {
            lines.Add($"- **{Title(series.Roles[r])}:** {series.RoleHolder(meeting.Index, r)}");
        }

        lines.AddRange(["", "## Proposed Agenda", ""]);
        lines.AddRange(meeting.Topics.Select(t => t.Proposer is null ? $"* {t.Title}" : $"* ({t.Proposer}) {t.Title}"));
        lines.AddRange(["", "### Outcomes", "", "<!-- Rough Notes from Agenda Items -->", ""]);
        foreach (var topic in meeting.Topics)
        {
            lines.Add($"* {topic.Title}");
            lines.AddRange(topic.Notes.Select(n => $"  * {n}"));
            lines.AddRange(topic.Decisions.Select(d => $"  * [DECISION] {d}"));
            lines.AddRange(topic.Actions.Select(a => $"  * [TODO] {a.Owner}: {a.Text}"));
            lines.AddRange(topic.Questions.Select(q => $"  * [QUESTION] {q}"));
            lines.Add("");
        }

        lines.AddRange(["### Action Items", "", "<!-- Carried over from earlier meetings. -->"]);
        foreach (var entry in meeting.Carried)
        {
            var action = entry.Action;
            if (!entry.ClosedAt(meeting.Index))
            {
                lines.Add($"* [ ] [TODO] [{action.Owner}] {action.Text}");
                lines.Add($"  * from {DemoText.Iso.Format(meeting.When.Date.PlusWeeks(entry.Opened - meeting.Index))}, open {meeting.OpenFor(entry)}");
            }
            else if (action.DroppedAs is { } dropped)
            {
                lines.Add($"* [ ] [TODO] [{action.Owner}] {action.Text} ({dropped})");
            }
            else
            {
                lines.Add($"* [x] [TODO] [{action.Owner}] {action.Text}");
            }
        }

        lines.AddRange(["", "### Open Discussion", "", "<!-- Questions earlier meetings left open. -->", ""]);
        return string.Join('\n', lines);
    }

    private static string Title(string role) => char.ToUpperInvariant(role[0]) + role[1..];
}
