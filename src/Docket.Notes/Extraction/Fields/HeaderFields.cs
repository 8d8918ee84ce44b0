using System.Text.RegularExpressions;
using Docket.Notes.Extraction.People;
using Docket.Notes.Reading.Outline;

namespace Docket.Notes.Extraction.Fields;

/// <summary>
/// Reads the <c>Key: value</c> fields at the top of a meeting (<c>Time:</c>, <c>**Moderator:**</c>,
/// <c>Attending:</c>), and attendee sections (<c>## Attendees</c>, <c>* Present:</c> with a list below).
/// </summary>
internal static partial class HeaderFields
{
    private enum Field
    {
        Time,
        Location,
        Attendees,
        Absent,
        Role,
    }

    private static readonly Dictionary<string, (Field Field, string? Role)> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["date"] = (Field.Time, null), ["time"] = (Field.Time, null), ["date/time"] = (Field.Time, null),
        ["date & time"] = (Field.Time, null), ["date and time"] = (Field.Time, null), ["when"] = (Field.Time, null),
        ["meeting time"] = (Field.Time, null), ["datetime"] = (Field.Time, null), ["time/date"] = (Field.Time, null),
        ["location"] = (Field.Location, null), ["where"] = (Field.Location, null), ["place"] = (Field.Location, null),
        ["venue"] = (Field.Location, null), ["meeting link"] = (Field.Location, null), ["video call"] = (Field.Location, null),
        ["call link"] = (Field.Location, null), ["zoom link"] = (Field.Location, null), ["meeting url"] = (Field.Location, null),
        ["attending"] = (Field.Attendees, null), ["attendees"] = (Field.Attendees, null), ["attendance"] = (Field.Attendees, null),
        ["present"] = (Field.Attendees, null), ["participants"] = (Field.Attendees, null), ["in attendance"] = (Field.Attendees, null),
        ["people present"] = (Field.Attendees, null), ["members present"] = (Field.Attendees, null), ["people"] = (Field.Attendees, null),
        ["regrets"] = (Field.Absent, null), ["absent"] = (Field.Absent, null), ["apologies"] = (Field.Absent, null), ["not present"] = (Field.Absent, null),
        ["moderator"] = (Field.Role, "moderator"), ["moderators"] = (Field.Role, "moderator"), ["moderated by"] = (Field.Role, "moderator"),
        ["chair"] = (Field.Role, "chair"), ["chairs"] = (Field.Role, "chair"), ["chairperson"] = (Field.Role, "chair"), ["chaired by"] = (Field.Role, "chair"),
        ["facilitator"] = (Field.Role, "facilitator"), ["facilitators"] = (Field.Role, "facilitator"), ["facilitated by"] = (Field.Role, "facilitator"),
        ["cultivator"] = (Field.Role, "cultivator"),
        ["notetaker"] = (Field.Role, "notetaker"), ["note taker"] = (Field.Role, "notetaker"), ["note-taker"] = (Field.Role, "notetaker"),
        ["notetakers"] = (Field.Role, "notetaker"), ["note takers"] = (Field.Role, "notetaker"), ["notes"] = (Field.Role, "notetaker"),
        ["notes by"] = (Field.Role, "notetaker"), ["minutes"] = (Field.Role, "notetaker"), ["minutes by"] = (Field.Role, "notetaker"),
        ["minute taker"] = (Field.Role, "notetaker"), ["recording"] = (Field.Role, "notetaker"), ["recorder"] = (Field.Role, "notetaker"),
        ["scribe"] = (Field.Role, "scribe"), ["scribes"] = (Field.Role, "scribe"), ["scribenick"] = (Field.Role, "scribe"),
        ["host"] = (Field.Role, "host"), ["hosts"] = (Field.Role, "host"), ["hosted by"] = (Field.Role, "host"),
        ["lead"] = (Field.Role, "lead"), ["leads"] = (Field.Role, "lead"), ["bosun"] = (Field.Role, "bosun"),
        ["timekeeper"] = (Field.Role, "timekeeper"), ["time keeper"] = (Field.Role, "timekeeper"),
    };

    // Keys that name a role only when a name follows on the same line.
    private static readonly HashSet<string> AmbiguousKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "notes", "minutes", "recording", "recorder", "lead", "leads", "host", "hosts", "people",
    };

    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "moderator", "chair", "facilitator", "cultivator", "notetaker", "note taker", "scribe", "host", "lead", "timekeeper",
    };

    // Words that say a field's value is a thing, not a person ("Recording: Zoom Meeting").
    private static readonly HashSet<string> NotPersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "zoom", "meeting", "meetings", "link", "call", "youtube", "recording", "recorded", "discord", "hangout", "hangouts",
        "jitsi", "google", "meet", "video", "none", "n/a", "na", "tba", "tbd", "channel", "available", "posted", "later",
        "bbb", "bigbluebutton", "webex", "teams", "irc", "slack", "zulip", "here", "yes", "no",
    };

    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z /&'-]{0,28}?)\s*(?:\(s\))?\s*:\s*(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^(?:attendees|attendance|attending|present|participants|people\s+present|who'?s\s+here|roll\s+call|members\s+present)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AttendeeHeading();

    [GeneratedRegex(@"^(?:regrets|absent|apologies)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AbsentHeading();

    [GeneratedRegex(@"\(([^)]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]|<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    public static MeetingHeader Read(MeetingScope scope, KnownPeople people)
    {
        var header = new MeetingHeader();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in scope.Lines)
        {
            switch (line.Kind)
            {
                case LineKind.Heading when line != scope.Boundary:
                    ReadHeadingSection(scope, line, header);
                    continue;
                case LineKind.Item or LineKind.Text when Depth(line) <= 1 && !scope.IsClaimed(line):
                    ReadField(scope, line, header, seen);
                    continue;
            }
        }

        foreach (var name in header.Attendees)
        {
            people.Add(name);
        }

        foreach (var (_, names) in header.Roles)
        {
            names.ForEach(people.Add);
        }

        return header;
    }

    private static void ReadField(MeetingScope scope, NoteLine line, MeetingHeader header, HashSet<string> seen)
    {
        var text = line.Text;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon is < 0 or > 40)
        {
            if (text.Length < 30 && Keys.ContainsKey(text.Trim()))
            {
                ReadBareKey(scope, line, header);
            }

            return;
        }

        // Most "word: text" lines are a speaker talking, not a field: look the key up before any pattern runs.
        var rawKey = text.AsSpan(0, colon).Trim();
        if (rawKey.EndsWith("(s)"))
        {
            rawKey = rawKey[..^3].TrimEnd();
        }

        if (!Keys.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(rawKey) && !rawKey.Contains("  ", StringComparison.Ordinal))
        {
            return;
        }

        if (KeyValue().Match(text) is not { Success: true } match)
        {
            return;
        }

        var key = Spaces().Replace(match.Groups["key"].Value.Trim(), " ");
        if (!Keys.TryGetValue(key, out var field))
        {
            return;
        }

        var value = match.Groups["value"].Value.Trim();
        var slot = field.Field == Field.Role ? field.Role! : field.Field.ToString();
        if (field.Field is Field.Time or Field.Location)
        {
            if (!seen.Add(slot) || value.Length == 0)
            {
                return;
            }

            scope.Claim(line);
            if (field.Field == Field.Time)
            {
                header.TimeTexts.Add(value);
            }
            else
            {
                header.Location = value.Length > 0 ? value : line.Links.FirstOrDefault();
            }

            return;
        }

        if (field.Field == Field.Role && value.Length > 0 && !LooksLikePeople(value))
        {
            if (field.Role != "notetaker" || key.Equals("notetaker", StringComparison.OrdinalIgnoreCase))
            {
                scope.Claim(line);
            }

            return;
        }

        if (value.Length == 0 && field.Field == Field.Role && AmbiguousKeys.Contains(key))
        {
            return; // "Notes:" over a list of notes, not of note-takers
        }

        scope.Claim(line);
        Apply(field, value, header);
        if (value.Length == 0)
        {
            // "**Attendees:**" / "* Present:" with the names listed below it.
            foreach (var child in line.Children)
            {
                scope.Claim(child);
                Apply(field, child.Text, header);
                foreach (var grandchild in child.Children)
                {
                    scope.Claim(grandchild);
                    Apply(field, grandchild.Text, header);
                }
            }
        }
    }

    // "Present" alone, with the names in an indented block below (W3C minutes).
    // "Present" or "**Attendees**" alone, with the names in an indented block or a list below.
    private static void ReadBareKey(MeetingScope scope, NoteLine line, MeetingHeader header)
    {
        if (!Keys.TryGetValue(line.Text.Trim(), out var bare) || bare.Field is not (Field.Attendees or Field.Absent or Field.Role)
            || AmbiguousKeys.Contains(line.Text.Trim()) || NextLines(scope, line).FirstOrDefault() is not { } next)
        {
            return;
        }

        var names = next.Kind switch
        {
            LineKind.Code => NextLines(scope, line).TakeWhile(l => l.Kind == LineKind.Code),
            LineKind.Item when line.Kind == LineKind.Text => NextLines(scope, line).TakeWhile(l => l.Kind == LineKind.Item).Where(l => l.Indent == next.Indent),
            _ => [],
        };
        var any = false;
        foreach (var entry in names.ToList())
        {
            any = true;
            scope.Claim(entry);
            Apply(bare, FirstColumn(entry), header);
        }

        if (any)
        {
            scope.Claim(line);
        }
    }

    // "petertodd         Peter Todd": a plain-text table of nick and name gives the nick.
    private static string FirstColumn(NoteLine line)
    {
        if (line.Kind == LineKind.TableRow)
        {
            return line.Cells.FirstOrDefault() ?? "";
        }

        var gap = line.Text.IndexOf("  ", StringComparison.Ordinal);
        return line.Kind == LineKind.Code && gap > 0 ? line.Text[..gap] : line.Text;
    }

    private static void ReadHeadingSection(MeetingScope scope, NoteLine heading, MeetingHeader header)
    {
        var text = heading.Text.Trim();
        if (Keys.TryGetValue(text.TrimEnd(':'), out var role) && role.Field == Field.Role && !AmbiguousKeys.Contains(text.TrimEnd(':')))
        {
            foreach (var line in NextLines(scope, heading).TakeWhile(l => l.Kind != LineKind.Heading).Take(3))
            {
                if (line.Kind is LineKind.Text or LineKind.Item or LineKind.Code && LooksLikePeople(line.Text))
                {
                    scope.Claim(line);
                    Apply(role, line.Text, header);
                }
            }

            return;
        }

        var attendees = AttendeeHeading().IsMatch(text);
        if (!attendees && !AbsentHeading().IsMatch(text))
        {
            return;
        }

        foreach (var line in NextLines(scope, heading).TakeWhile(l => l.Kind != LineKind.Heading))
        {
            if (line.Kind == LineKind.Break)
            {
                break;
            }

            scope.Claim(line);
            if (!attendees || (line.Parent is not null && line.Parent.Kind == LineKind.Item))
            {
                continue; // regrets, or a detail under a name
            }

            Apply((Field.Attendees, null), FirstColumn(line), header);
        }
    }

    private static void Apply((Field Field, string? Role) field, string value, MeetingHeader header)
    {
        if (field.Field is Field.Absent or Field.Time or Field.Location)
        {
            return;
        }

        foreach (var entry in SplitEntries(value))
        {
            var (name, roles) = ParseEntry(entry);
            if (name is null)
            {
                continue;
            }

            if (field.Field == Field.Role)
            {
                header.AddRole(field.Role!, name);
                continue;
            }

            header.AddAttendee(name);
            foreach (var role in roles)
            {
                header.AddRole(role, name);
            }
        }
    }

    /// <summary>"Rod Vagg (facilitator, build)" or "Antoine du Hamel @aduh95 (TSC)" into a name and the roles in brackets.</summary>
    internal static (string? Name, List<string> Roles) ParseEntry(string entry)
    {
        var roles = new List<string>();
        var text = entry.Trim();
        foreach (Match group in Parenthesised().Matches(text))
        {
            foreach (var word in group.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries))
            {
                if (RoleWords.Contains(word))
                {
                    roles.Add(word.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant());
                }
            }
        }

        text = Bracketed().Replace(text, " ").Trim();
        var dash = text.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0)
        {
            text = text[..dash];
        }

        // "Full Name @handle": the name written first.
        var at = text.IndexOf(" @", StringComparison.Ordinal);
        if (at > 0)
        {
            text = text[..at];
        }

        text = Spaces().Replace(text, " ").Trim().TrimEnd(',', '.', ';', ':');
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is 0 or > 5 || text.Length > 50 || tokens.Any(t => t.Contains("://", StringComparison.Ordinal)))
        {
            return (null, roles);
        }

        return (PersonName.Clean(text), roles);
    }

    private static bool LooksLikePeople(string value)
    {
        var entries = SplitEntries(value).ToList();
        return entries.Count > 0 && entries.All(e =>
        {
            var (name, _) = ParseEntry(e);
            return name is not null && !name.Split(' ').Any(NotPersonWords.Contains)
                && (name.Split(' ').Length <= 3);
        });
    }

    /// <summary>Splits a list of names on commas, semicolons and "and", but not inside brackets.</summary>
    private static IEnumerable<string> SplitEntries(string value)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ',';
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && (c is ',' or ';' || (c == ' ' && value.AsSpan(i).StartsWith(" and ", StringComparison.Ordinal))))
            {
                var entry = value[start..i].Trim();
                if (entry.Length > 0)
                {
                    yield return entry;
                }

                start = c == ' ' ? i + 5 : i + 1;
                if (c == ' ')
                {
                    i += 4;
                }
            }
        }
    }

    private static IEnumerable<NoteLine> NextLines(MeetingScope scope, NoteLine line) =>
        scope.Lines.SkipWhile(l => l.Index <= line.Index);

    private static int Depth(NoteLine line)
    {
        var depth = 0;
        for (var p = line.Parent; p is not null && depth < 3; p = p.Parent)
        {
            depth++;
        }

        return depth;
    }
}
