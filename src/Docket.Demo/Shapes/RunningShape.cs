using Docket.Demo.Story;

namespace Docket.Demo.Shapes;

/// <summary>
/// One running document, newest meeting first: a dated paragraph per meeting, <c>(Name) topic</c>
/// proposals, bold <c>**Name to ...**</c> commitments, links to issues, and the commitments of
/// earlier meetings listed again until someone says they are done.
/// </summary>
internal static class RunningShape
{
    public static IReadOnlyList<DemoFile> Write(DemoSeries series, IReadOnlyList<DemoMeeting> meetings)
    {
        var lines = new List<string>
        {
            series.Name,
            "",
            "Everyone is welcome: users, contributors, the curious. We meet every week; the details are below.",
            "",
            $"Where: <{series.Location}>",
            "",
            "To suggest a topic, add a bullet under the next date with your first name in brackets, like `(Ana) my topic`.",
            "",
        };
        foreach (var meeting in meetings.Reverse())
        {
            lines.Add(DemoText.MonthDayYear.Format(meeting.When.Date));
            lines.Add("");
            foreach (var topic in meeting.Topics)
            {
                lines.Add(topic.Proposer is null ? $"- {topic.Title}" : $"- ({Name(topic.Proposer)}) {topic.Title}");
                lines.AddRange(topic.Notes.Select(n => $"  - {n}"));
                lines.AddRange(topic.Questions.Select(q => $"  - {q}"));
                lines.AddRange(topic.Decisions.Select(d => $"  - Agreed: {d}"));
                lines.AddRange(topic.Actions.Select(a => $"  - **{Name(a.Owner)} to {a.Text}**"));
            }

            if (meeting.Carried.Count > 0)
            {
                lines.Add("- Action items from last week");
                foreach (var entry in meeting.Carried)
                {
                    var action = entry.Action;
                    var state = !entry.ClosedAt(meeting.Index) ? "" : action.DroppedAs is { } dropped ? $" ({dropped})" : " (done)";
                    lines.Add($"  - **{Name(action.Owner)} to {action.Text}**{state}");
                }
            }

            lines.Add("");
        }

        return [new DemoFile("notes.md", string.Join('\n', lines))];
    }

    private static string Name(string handle) => char.ToUpperInvariant(handle[0]) + handle[1..];
}
