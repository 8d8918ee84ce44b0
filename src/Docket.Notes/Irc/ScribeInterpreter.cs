using System.Globalization;
using System.Text.RegularExpressions;
using Docket.Notes.Extraction.People;
using Docket.Notes.Extraction.References;
using Docket.Notes.Model;
using NodaTime;
using NodaTime.Text;

namespace Docket.Notes.Irc;

/// <summary>
/// Reads the W3C scribe conventions (scribe.perl, scribejs) from a log: <c>Meeting:</c>, <c>Date:</c>,
/// <c>Chair:</c>, <c>scribe:</c>/<c>scribenick:</c>/<c>scribe+</c>, <c>present+</c>/<c>present:</c>/<c>present-</c>,
/// <c>topic:</c>/<c>subtopic:</c> and Zakim's "agendum N -- title -- taken up", <c>resolved:</c>/<c>resolution:</c>,
/// <c>action: nick to ...</c>, and <c>s/old/new/</c> corrections. A log without them is still a meeting:
/// its attendees are the people who spoke.
/// </summary>
internal static partial class ScribeInterpreter
{
    // How far back a correction looks for the line it fixes: bounds the work on hostile logs.
    private const int CorrectionReach = 500;

    // Owners are named at the start of an action; the owner pattern never looks further.
    private const int OwnerReach = 200;

    private static readonly HashSet<string> NotOwners = new(StringComparer.OrdinalIgnoreCase)
    {
        "we", "i", "you", "they", "he", "she", "it", "us", "group", "team", "people", "chair", "chairs",
    };

    private static readonly LocalDatePattern[] DatePatterns =
    [
        LocalDatePattern.Iso,
        LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture),
        LocalDatePattern.Create("d MMM uuuu", CultureInfo.InvariantCulture),
        LocalDatePattern.Create("MMMM d, uuuu", CultureInfo.InvariantCulture),
        LocalDatePattern.Create("MMM d, uuuu", CultureInfo.InvariantCulture),
    ];

    [GeneratedRegex(
        @"^\s*(?<key>meeting|date|chairs?|scribenick|scribes?|present|topic|subtopic|resolved|resolutions?|action(?:\s+item)?|agenda|regrets)\s*(?<op>[:+-])\s*(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Directive();

    // "nick to ...", "nick: ...", "a, b and c will ...": the names before the commitment word.
    [GeneratedRegex(
        @"^@?(?<n>[\p{L}\p{N}_\[\]`^{}|-]+)(?:\s*(?:,|&|\band\b)\s*@?(?<n>[\p{L}\p{N}_\[\]`^{}|-]+))*\s*(?::|\s+(?:to|will|should)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActionOwners();

    [GeneratedRegex(@"^agendum \d+ -- (?<title>.+?) -- taken up", RegexOptions.CultureInvariant)]
    private static partial Regex AgendumTakenUp();

    public static ScribeMinutes Read(IReadOnlyList<IrcLine> lines)
    {
        var statements = Collect(lines, out var speakers);
        var minutes = new Builder(speakers);
        foreach (var statement in statements)
        {
            minutes.Hear(statement);
        }

        var first = lines.First(l => l.IsSpoken);
        return minutes.ToMinutes(first, speakers);
    }

    /// <summary>The lines people said, corrections applied and removed; Zakim's taken-up agenda items as topics.</summary>
    private static List<Statement> Collect(IReadOnlyList<IrcLine> lines, out List<string> speakers)
    {
        var statements = new List<Statement>();
        speakers = [];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            if (!line.IsSpoken || line.Nick is not { Length: > 0 } nick)
            {
                continue;
            }

            if (IrcBots.IsBot(nick))
            {
                if (line.Text.StartsWith("agendum ", StringComparison.Ordinal) && AgendumTakenUp().Match(line.Text) is { Success: true } agendum)
                {
                    statements.Add(new Statement(nick, "topic: " + agendum.Groups["title"].Value.Trim(), line.Line));
                }

                continue;
            }

            if (seen.Add(nick))
            {
                speakers.Add(nick);
            }

            if (line.Kind != IrcLineKind.Message)
            {
                continue;
            }

            if (Correction.TryParse(line.Text, out var correction))
            {
                correction.ApplyTo(statements, CorrectionReach);
                continue;
            }

            // i/anchor/text/ inserts a line in the minutes: Docket does not rewrite the log's order.
            if (line.Text.StartsWith("i/", StringComparison.Ordinal) || line.Text.StartsWith("i|", StringComparison.Ordinal))
            {
                continue;
            }

            statements.Add(new Statement(nick, line.Text, line.Line));
        }

        return statements;
    }

    private static LocalDate? ParseDate(string text)
    {
        var trimmed = text.Trim().TrimEnd('.');
        foreach (var pattern in DatePatterns)
        {
            if (pattern.Parse(trimmed) is { Success: true } result)
            {
                return result.Value;
            }
        }

        return null;
    }

    private static IEnumerable<string> Names(string list) => list
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(PersonName.Clean)
        .OfType<string>();

    private static void AddOnce(List<string> names, string name)
    {
        if (!names.Exists(n => PersonName.Same(n, name)))
        {
            names.Add(name);
        }
    }

    /// <summary>A line someone said; its text changes when a later <c>s/old/new/</c> fixes it.</summary>
    private sealed class Statement(string nick, string text, int line)
    {
        public string Nick { get; } = nick;

        public string Text { get; set; } = text;

        public int Line { get; } = line;
    }

    /// <summary><c>s/old/new/</c> or <c>s|old|new|</c>, with <c>g</c> for every earlier line.</summary>
    private readonly record struct Correction(string Old, string New, bool Global)
    {
        public static bool TryParse(string text, out Correction correction)
        {
            correction = default;
            if (text.Length < 4 || text[0] != 's' || text[1] is not ('/' or '|'))
            {
                return false;
            }

            var delimiter = text[1];
            var middle = text.IndexOf(delimiter, 2);
            if (middle <= 2)
            {
                return false;
            }

            var replacement = text[(middle + 1)..].TrimEnd();
            var global = false;
            if (replacement.EndsWith($"{delimiter}g", StringComparison.Ordinal))
            {
                global = true;
                replacement = replacement[..^2];
            }
            else if (replacement.EndsWith(delimiter))
            {
                replacement = replacement[..^1];
            }

            correction = new Correction(text[2..middle], replacement, global);
            return true;
        }

        public void ApplyTo(List<Statement> statements, int reach)
        {
            var stop = Math.Max(0, statements.Count - reach);
            for (var i = statements.Count - 1; i >= stop; i--)
            {
                var statement = statements[i];
                var at = statement.Text.IndexOf(Old, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                statement.Text = Global
                    ? statement.Text.Replace(Old, New, StringComparison.Ordinal)
                    : string.Concat(statement.Text.AsSpan(0, at), New, statement.Text.AsSpan(at + Old.Length));
                if (!Global)
                {
                    return;
                }
            }
        }
    }

    private sealed class Builder(List<string> speakers)
    {
        private readonly List<string> _chairs = [];
        private readonly List<string> _scribes = [];
        private readonly List<string> _present = [];
        private readonly List<AgendaItem> _agenda = [];
        private readonly List<Decision> _decisions = [];
        private readonly List<ActionItem> _actions = [];
        private readonly ReferenceSet _references = new();
        private string? _title;
        private LocalDate? _date;
        private string? _topic;

        public void Hear(Statement statement)
        {
            ReferenceFinder.FindAll(statement.Text, _references);
            var match = Directive().Match(statement.Text);
            if (!match.Success)
            {
                return;
            }

            var key = match.Groups["key"].Value.ToLowerInvariant();
            var op = match.Groups["op"].Value[0];
            var rest = match.Groups["rest"].Value.Trim();
            if (op == '-' && key != "present")
            {
                return;
            }

            switch (key)
            {
                case "meeting" when op == ':' && rest.Length > 0:
                    _title ??= rest;
                    break;
                case "date" when op == ':':
                    _date ??= ParseDate(rest);
                    break;
                case "chair" or "chairs":
                    foreach (var name in Names(rest.Replace(" and ", ",", StringComparison.Ordinal)))
                    {
                        AddOnce(_chairs, name);
                    }

                    break;
                case "scribe" or "scribes" or "scribenick":
                    foreach (var name in rest.Length == 0 && op == '+' ? [statement.Nick] : Names(rest))
                    {
                        AddOnce(_scribes, name);
                    }

                    break;
                case "present":
                    Present(op, rest, statement.Nick);
                    break;
                case "topic" when op == ':' && rest.Length > 0:
                    if (_agenda.Count == 0 || !string.Equals(_agenda[^1].Title, rest, StringComparison.OrdinalIgnoreCase))
                    {
                        _agenda.Add(new AgendaItem(rest, null, null, statement.Line));
                    }

                    _topic = rest;
                    break;
                case "subtopic" when op == ':' && rest.Length > 0:
                    _topic = rest;
                    break;
                case "resolved" or "resolution" or "resolutions" when op == ':' && rest.Length > 0:
                    _decisions.Add(new Decision(rest, _topic, statement.Line));
                    break;
                case "action" or "action item" when op == ':' && rest.Length > 0:
                    _actions.Add(new ActionItem(rest, Owners(rest), false, null, _topic, statement.Line));
                    break;
                default:
                    // agenda: links are references (found above); regrets are not attendees.
                    break;
            }
        }

        public ScribeMinutes ToMinutes(IrcLine first, List<string> speakers) => new()
        {
            Line = first.Line,
            Title = _title,
            Date = _date,
            FirstLine = first,
            Chairs = _chairs,
            Scribes = _scribes,
            Attendees = _present.Count > 0 ? _present : speakers,
            Agenda = _agenda,
            Decisions = _decisions,
            Actions = _actions,
            References = _references.ToList(),
        };

        private IReadOnlyList<string> Owners(string text)
        {
            var match = ActionOwners().Match(text.Length > OwnerReach ? text[..OwnerReach] : text);
            if (!match.Success)
            {
                // "laudrain launches vote": scribe.perl's owner is the first word when it names someone at the meeting.
                var first = text.AsSpan(0, Math.Max(0, text.IndexOf(' ', StringComparison.Ordinal))).TrimStart('@').ToString();
                var known = _present.Concat(speakers).FirstOrDefault(n => first.Length > 0 && PersonName.Same(n, first));
                return known is null ? [] : [first];
            }

            var owners = new List<string>();
            foreach (Capture capture in match.Groups["n"].Captures)
            {
                if (PersonName.Clean(capture.Value) is { } name && !NotOwners.Contains(name))
                {
                    AddOnce(owners, name);
                }
            }

            return owners;
        }

        private void Present(char op, string rest, string speaker)
        {
            IEnumerable<string> names = rest.Length == 0 ? [speaker] : Names(rest);
            switch (op)
            {
                case ':':
                    _present.Clear();
                    goto case '+';
                case '+':
                    foreach (var name in names)
                    {
                        AddOnce(_present, name);
                    }

                    break;
                default:
                    foreach (var name in names)
                    {
                        _present.RemoveAll(n => PersonName.Same(n, name));
                    }

                    break;
            }
        }
    }
}
