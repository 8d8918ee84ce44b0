using Docket.Demo.Story;
using NodaTime;

namespace Docket.Demo.Shapes;

/// <summary>
/// A collaborative pad made from the co-op's template, one file per meeting: a header of fields
/// (time, location, attending, roles), a time-boxed agenda table, check-ins, the task board
/// review of carried items, notes per topic with <c>Decided:</c> and <c>#todo owner:</c>, and
/// the level the notes are published at.
/// </summary>
internal static class PadShape
{
    private static readonly string[] Moods =
    [
        "good week, mostly client work",
        "tired, the kids were sick",
        "back from a long weekend",
        "busy but fine",
        "quiet week, lots of reading",
        "happy, the garden is finally green",
        "a bit scattered today",
    ];

    public static IReadOnlyList<DemoFile> Write(DemoSeries series, IReadOnlyList<DemoMeeting> meetings) =>
        [.. meetings.Select(m => new DemoFile(DemoText.Iso.Format(m.When.Date) + ".md", Write(series, m)))];

    private static string Write(DemoSeries series, DemoMeeting meeting)
    {
        var when = meeting.When;
        var lines = new List<string>
        {
            $"# {DemoText.Iso.Format(when.Date)} {series.Name}",
            "",
            $"<sup>from template | {DemoText.Weekday(when.Start)} {DemoText.Utc(when.Instant)}-{DemoText.Utc(when.EndInstant)} UTC</sup>",
            "",
            $"Time:       {DemoText.Time(when.Start)}-{DemoText.Time(when.End)} {when.Start.Zone.Id}  ",
            $"Location:   {series.Location}  ",
            $"Attending:  {string.Join(", ", series.Members.Select(m => m.Handle))}  ",
        };
        for (var r = 0; r < series.Roles.Count; r++)
        {
            var role = series.Roles[r];
            lines.Add($"{char.ToUpperInvariant(role[0])}{role[1..]}: {series.RoleHolder(meeting.Index, r)}  ");
        }

        lines.AddRange(["", "## Agenda", "", "| Item | Time (min) |", "|:-----|-----------:|"]);
        lines.Add("| [Personal Checkins](#personal-checkins) | 5 |");
        lines.Add("| [Task Board Review](#task-board-review) | 15 |");
        lines.AddRange(meeting.Topics.Select(t => $"| {(t.Proposer is null ? "" : $"({t.Proposer}) ")}[{t.Title}](#{Anchor(t.Title)}) | {t.Minutes} |"));
        lines.Add("| [Process Checkout](#process-checkout) | 5 |");

        lines.AddRange(["", "## Notes", "", "### Personal Checkins", ""]);
        lines.AddRange(series.Members.Select((m, i) => $"- {m.Handle}: {Moods[(meeting.Index * 3 + i) % Moods.Length]}"));

        lines.AddRange(["", "### Task Board Review", ""]);
        if (meeting.Carried.Count == 0)
        {
            lines.Add("_Nothing on the board_");
        }

        foreach (var entry in meeting.Carried)
        {
            var action = entry.Action;
            if (!entry.ClosedAt(meeting.Index))
            {
                lines.Add($"- [ ] #todo [{action.Owner}] {action.Text}");
                lines.Add($"    - from {DemoText.Iso.Format(when.Date.PlusWeeks(entry.Opened - meeting.Index))}, open {meeting.OpenFor(entry)}");
            }
            else if (action.DroppedAs is { } dropped)
            {
                lines.Add($"- [ ] #todo [{action.Owner}] {action.Text} ({dropped})");
            }
            else
            {
                lines.Add($"- [x] #todo [{action.Owner}] {action.Text}");
            }
        }

        foreach (var topic in meeting.Topics)
        {
            lines.AddRange(["", $"### {topic.Title}", ""]);
            if (topic.Proposer is not null)
            {
                lines.AddRange([$"_Proposed by {topic.Proposer}_", ""]);
            }

            lines.AddRange(topic.Notes.Select(n => $"- {n}"));
            lines.AddRange(topic.Questions.Select(q => $"- {q}"));
            lines.AddRange(topic.Decisions.Select(d => $"- Decided: {d}"));
            lines.AddRange(topic.Actions.Select(a => $"- #todo {a.Owner}: {a.Text}"));
        }

        lines.AddRange(["", "### Process Checkout", "", $"- {Moods[(meeting.Index + 2) % Moods.Length]}", ""]);
        lines.Add($"_Notes published as: {Published(series.Access)}_");
        lines.Add("");
        return string.Join('\n', lines);
    }

    private static string Published(Store.Model.AccessLevel access) => access switch
    {
        Store.Model.AccessLevel.Public => "open",
        Store.Model.AccessLevel.Indexed => "publicly indexed",
        _ => "private",
    };

    private static string Anchor(string title) =>
        string.Concat(title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-'));
}
