using System.Text.RegularExpressions;
using Docket.Notes.Extraction.People;
using Docket.Notes.Model;
using Docket.Notes.Reading.Outline;

namespace Docket.Notes.Extraction.Standups;

/// <summary>
/// Per-person standup blocks: <c>##### @hsanjuan</c> then <c>Last week:</c> / <c>This week:</c> /
/// <c>Blocked:</c>; <c>- Person: Ben</c> with <c>last:</c> / <c>next:</c> / <c>blockers:</c>;
/// <c>@handle</c> then <c>- Done:</c> / <c>- Next:</c>; and <c>- nick: status</c> under a "Status" heading.
/// </summary>
internal static partial class StandupExtractor
{
    private enum Part
    {
        Done,
        Planned,
        Blocked,
    }

    [GeneratedRegex(@"^@?(?<who>[A-Za-z][\w.-]{1,38})(?:\s*\([^)]{0,60}\))?\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonOnly();

    [GeneratedRegex(@"^person\s*:\s*(?<who>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonField();

    [GeneratedRegex(@"^(?<label>last\s+week|this\s+week|next\s+week|yesterday|today|blocked|blockers?|blocking|done|doing|did|completed?|coming(?:\s+up)?|next(?:\s+up)?|in\s+progress|planned|plans|last|previously|since\s+last\s+(?:time|update|week|standup)|impediments|help\s+needed|working\s+on)(?:\s*/\s*[\w ]{1,20})?(?:\s*\([^)]{0,40}\))?\s*(?::\s*(?<value>.*)|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:status|statuses|(?:mini\s+)?stand-?ups?|updates?|check-?ins?|round\s*table|personal\s+updates?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StatusHeading();

    [GeneratedRegex(@"^(?<who>@?[A-Za-z][\w.-]{0,30})\s*:\s*(?<value>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NickStatus();

    public static IReadOnlyList<StandupUpdate> Read(MeetingScope scope, KnownPeople people)
    {
        var updates = new List<StandupUpdate>();
        var statusHeadings = new Dictionary<int, bool>();
        var lines = scope.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            string? who = null;
            IEnumerable<NoteLine> block = [];
            if (line.Kind == LineKind.Heading && line != scope.Boundary && IsPerson(line.Text, people, out who))
            {
                var level = line.Level;
                block = lines.Skip(i + 1).TakeWhile(l => !(l.Kind == LineKind.Heading && (l.Level <= level || IsPerson(l.Text, people, out _))));
            }
            else if (line.Kind == LineKind.Text && line.Indent == 0 && line.Text.StartsWith('@') && IsPerson(line.Text, people, out who))
            {
                block = lines.Skip(i + 1).TakeWhile(l => l.Kind is not (LineKind.Heading or LineKind.Break)
                    && !(l.Kind == LineKind.Text && l.Indent == 0 && l.Text.StartsWith('@') && IsPerson(l.Text, people, out _)));
            }
            else if (line.Kind == LineKind.Item && line.Text.StartsWith("person", StringComparison.OrdinalIgnoreCase)
                && PersonField().Match(line.Text) is { Success: true } field)
            {
                who = PersonName.Clean(field.Groups["who"].Value);
                block = Descendants(line);
            }
            else if (line.Kind == LineKind.Item && line.Parent is null && scope.HeadingOf(line) is { } heading
                && IsStatusHeading(heading, statusHeadings) && NickStatus().Match(line.Text) is { Success: true } status
                && Words.CouldBeName(status.Groups["who"].Value) && Label().Match(status.Groups["who"].Value + ":") is not { Success: true })
            {
                // "- brson: win bots, aws bs, reviews" under "# Status".
                if (PersonName.Clean(status.Groups["who"].Value) is { } nick)
                {
                    scope.ClaimStandup(line);
                    people.Add(nick);
                    updates.Add(new StandupUpdate(nick, [status.Groups["value"].Value.Trim()], [], [], line.Line));
                }

                continue;
            }

            if (who is null)
            {
                continue;
            }

            if (line.Kind == LineKind.Heading)
            {
                scope.ClaimStandup(line);
            }

            if (ReadBlock(scope, who, line, block.ToList()) is { } update)
            {
                people.Add(who);
                updates.Add(update);
            }
        }

        return updates;
    }

    private static bool IsStatusHeading(NoteLine heading, Dictionary<int, bool> known)
    {
        if (!known.TryGetValue(heading.Index, out var status))
        {
            known[heading.Index] = status = StatusHeading().IsMatch(heading.Text);
        }

        return status;
    }

    private static StandupUpdate? ReadBlock(MeetingScope scope, string who, NoteLine start, List<NoteLine> block)
    {
        var parts = new Dictionary<Part, List<string>> { [Part.Done] = [], [Part.Planned] = [], [Part.Blocked] = [] };
        NoteLine? label = null;
        Part? part = null;
        foreach (var line in block)
        {
            if (line.Kind is not (LineKind.Item or LineKind.Text))
            {
                continue;
            }

            if (Label().Match(line.Text) is { Success: true } match && (line.Parent is null || line.Parent == start || line.Parent.Parent is null || line.Parent == label?.Parent))
            {
                label = line;
                part = PartOf(match.Groups["label"].Value);
                scope.ClaimStandup(line);
                var value = match.Groups["value"].Value.Trim();
                if (value.Length > 0 && !IsNothing(value))
                {
                    parts[part.Value].Add(value);
                }

                continue;
            }

            if (part is null || label is null)
            {
                continue;
            }

            scope.ClaimStandup(line);
            // The items right under the label; deeper bullets are details of those items.
            var direct = line.Parent == label || (label.Kind == LineKind.Text && label.Indent == 0 && line.Parent == label);
            if (direct && !line.Struck && !line.Detail && line.Text.Length > 0 && !IsNothing(line.Text))
            {
                parts[part.Value].Add(line.Text);
            }
        }

        if (parts.Values.All(p => p.Count == 0))
        {
            return null;
        }

        return new StandupUpdate(who, parts[Part.Done], parts[Part.Planned], parts[Part.Blocked], start.Line);
    }

    private static Part PartOf(string label)
    {
        var l = Regex.Replace(label.ToLowerInvariant(), @"\s+", " ");
        return l switch
        {
            "blocked" or "blockers" or "blocker" or "blocking" or "impediments" or "help needed" => Part.Blocked,
            "last week" or "yesterday" or "done" or "did" or "completed" or "complete" or "last" or "previously" => Part.Done,
            _ when l.StartsWith("since last", StringComparison.Ordinal) => Part.Done,
            _ => Part.Planned,
        };
    }

    private static bool IsPerson(string text, KnownPeople people, out string? who)
    {
        who = null;
        if (PersonOnly().Match(text.Trim()) is not { Success: true } match)
        {
            return false;
        }

        var name = match.Groups["who"].Value;
        if (!Words.CouldBeName(name) || Label().IsMatch(name) || !(text.TrimStart().StartsWith('@') || people.Contains(name)))
        {
            return false;
        }

        who = PersonName.Clean(name);
        return who is not null;
    }

    // Iterative: a hostile file may nest thousands of levels deep.
    private static IEnumerable<NoteLine> Descendants(NoteLine line)
    {
        var stack = new Stack<NoteLine>(line.Children.Reverse());
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            yield return next;
            for (var i = next.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(next.Children[i]);
            }
        }
    }

    private static bool IsNothing(string text) => text.Trim().TrimEnd('.').ToLowerInvariant() is "nothing" or "none" or "n/a" or "na" or "-" or "no" or "nope" or "_none_";
}
