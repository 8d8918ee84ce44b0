using System.Text.RegularExpressions;

namespace Docket.Notes.Tests.Irc;

/// <summary>
/// What MeetBot's own text minutes (<c>*.txt</c>, reStructuredText-like) say: the topics of "Meeting summary"
/// with their entries, and "Action Items, by person" with the unassigned ones. Wrapped lines are joined and
/// white space is folded, so texts compare with what was said.
/// </summary>
internal sealed partial class MeetBotTextMinutes
{
    public List<TopicEntry> Topics { get; } = [];

    public Dictionary<string, List<string>> ActionsByPerson { get; } = new(StringComparer.Ordinal);

    public List<string> UnassignedActions { get; } = [];

    [GeneratedRegex(@"\s+\((?<nick>[^,()]+), \d\d:\d\d:\d\d\)$")]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^(?<kind>LINK|ACTION|AGREED|IDEA|HELP|ACCEPTED|REJECTED): (?<text>.*)$")]
    private static partial Regex ItemKind();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    public static string Fold(string text) => WhiteSpace().Replace(text.Trim(), " ");

    public static MeetBotTextMinutes Parse(string text)
    {
        var minutes = new MeetBotTextMinutes();
        var sections = Sections(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'));
        foreach (var (level, entry) in Entries(sections.GetValueOrDefault("Meeting summary", [])))
        {
            var attribution = Attribution().Match(entry);
            if (!attribution.Success)
            {
                throw new FormatException($"a summary entry without (nick, time): '{entry}'");
            }

            var words = entry[..attribution.Index];
            if (level == 0)
            {
                minutes.Topics.Add(new TopicEntry(Fold(words), []));
                continue;
            }

            var kind = ItemKind().Match(words);
            minutes.Topics[^1].Items.Add(kind.Success
                ? new ItemEntry(kind.Groups["kind"].Value, Fold(kind.Groups["text"].Value))
                : new ItemEntry("INFO", Fold(words)));
        }

        string? person = null;
        foreach (var (level, entry) in Entries(sections.GetValueOrDefault("Action Items, by person", [])))
        {
            if (level == 0)
            {
                person = entry.Trim();
                continue;
            }

            if (entry.Trim() == "(none)")
            {
                continue;
            }

            if (person == "**UNASSIGNED**")
            {
                minutes.UnassignedActions.Add(Fold(entry));
            }
            else
            {
                var list = minutes.ActionsByPerson.TryGetValue(person!, out var existing) ? existing : minutes.ActionsByPerson[person!] = [];
                list.Add(Fold(entry));
            }
        }

        return minutes;
    }

    // A section is a title line underlined with dashes; its body runs to the next such title.
    private static Dictionary<string, List<string>> Sections(string[] lines)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? body = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (i + 1 < lines.Length && lines[i].Length > 0 && lines[i + 1].Length == lines[i].Length && lines[i + 1].All(c => c == '-'))
            {
                body = sections[lines[i]] = [];
                i++;
                continue;
            }

            body?.Add(lines[i]);
        }

        return sections;
    }

    // "* entry" at column 0 is level 0, "  * entry" level 1; deeper-indented lines continue the entry above.
    private static IEnumerable<(int Level, string Text)> Entries(List<string> body)
    {
        int? level = null;
        var text = "";
        foreach (var line in body)
        {
            int? starts = line.StartsWith("* ", StringComparison.Ordinal) ? 0 : line.StartsWith("  * ", StringComparison.Ordinal) ? 1 : null;
            if (starts is not null || line.Trim().Length == 0 || !line.StartsWith(' '))
            {
                if (level is { } done)
                {
                    yield return (done, text);
                }

                level = starts;
                text = starts is null ? "" : line[(starts.Value == 0 ? 2 : 4)..];
                continue;
            }

            text += " " + line.Trim();
        }

        if (level is { } last)
        {
            yield return (last, text);
        }
    }

    public sealed record TopicEntry(string Title, List<ItemEntry> Items);

    public sealed record ItemEntry(string Kind, string Text);
}
