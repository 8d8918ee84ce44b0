using Docket.Demo.Story;

namespace Docket.Demo.Shapes;

/// <summary>
/// A standup log, newest first, weeks separated by <c>---</c>: per-person <c>##### @name</c>
/// blocks with Last week / This week / Blocked, the carried action items, then questions,
/// announcements and decisions.
/// </summary>
internal static class StandupShape
{
    public static IReadOnlyList<DemoFile> Write(DemoSeries series, IReadOnlyList<DemoMeeting> meetings, StandupWork work)
    {
        var lines = new List<string> { $"# {series.Name}", "", $"Every week at the same time: <{series.Location}>", "" };
        foreach (var meeting in meetings.Reverse())
        {
            var when = meeting.When;
            lines.AddRange([$"## Standup meeting - {DemoText.Iso.Format(when.Date)}", ""]);
            lines.AddRange([$"Time: {DemoText.Time(when.Start)}-{DemoText.Time(when.End)} {when.Start.Zone.Id}", ""]);
            lines.AddRange(["### Updates since last time", ""]);
            foreach (var member in series.Members)
            {
                var update = work.For(member.Handle, meeting.Index);
                lines.AddRange([$"##### @{member.Handle}", "", "Last week:", ""]);
                lines.AddRange(update.Done.Select(d => $"- {d}"));
                lines.AddRange(["", "This week:", ""]);
                lines.AddRange(update.Planned.Select(p => $"- {p}"));
                lines.AddRange(["", "Blocked:", ""]);
                lines.Add(update.Blocked is null ? "- nothing" : $"- {update.Blocked}");
                lines.Add("");
            }

            lines.AddRange(["### Carried-over action items", ""]);
            foreach (var entry in meeting.Carried)
            {
                var action = entry.Action;
                var box = entry.ClosedAt(meeting.Index) && action.DroppedAs is null ? "x" : " ";
                var dropped = entry.ClosedAt(meeting.Index) && action.DroppedAs is { } words ? $" ({words})" : "";
                lines.Add($"* [{box}] [TODO] [{action.Owner}] {action.Text}{dropped}");
            }

            lines.AddRange(["", "### Questions, announcements and comments", ""]);
            foreach (var topic in meeting.Topics)
            {
                lines.Add($"* {topic.Title}");
                lines.AddRange(topic.Notes.Select(n => $"  * {n}"));
                lines.AddRange(topic.Questions.Select(q => $"  * {q}"));
                lines.AddRange(topic.Decisions.Select(d => $"  * Decided: {d}"));
                lines.AddRange(topic.Actions.Select(a => $"  * [TODO] {a.Owner}: {a.Text}"));
            }

            lines.AddRange(["", "---", ""]);
        }

        return [new DemoFile("standups.md", string.Join('\n', lines))];
    }
}
