using System.Text;
using System.Text.RegularExpressions;
using Docket.Notes.Extraction.Agenda;
using Docket.Notes.Extraction.People;
using Docket.Notes.Model;
using Docket.Notes.Reading.Outline;

namespace Docket.Notes.Extraction.Items;

/// <summary>
/// Finds decisions, action items and open questions in a meeting's lines: explicit markers first,
/// then the sections they sit in (an "Action Items" heading), then plain words ("Aaron to fix ...").
/// </summary>
internal sealed partial class ItemExtractor(MeetingScope scope, KnownPeople people)
{
    private readonly List<Decision> _decisions = [];
    private readonly List<ActionItem> _actions = [];
    private readonly List<Question> _questions = [];
    private readonly HashSet<int> _actionLines = [];

    public IReadOnlyList<Decision> Decisions => _decisions;

    public IReadOnlyList<ActionItem> Actions => _actions;

    public IReadOnlyList<Question> Questions => _questions;

    [GeneratedRegex(@"^\[(?<who>[A-Za-z][\w .'-]{0,30})\]\s*|^<(?<who>[A-Za-z][\w.|-]{0,30})>\s*|^(?<who>@?[A-Za-z][\w.-]{0,20}(?: [A-Z][\w.-]{0,20})?)\s*:\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Speaker();

    // A speaker who commits anywhere in the turn: "Not sure if by design, I'll take a look."
    [GeneratedRegex(@"(?:^|[.,;!]\s+|\band\s+|^(?:ok|okay|sure|yes|yeah)[,.]?\s+)(?:I\s+will|I'll|I\s+am\s+going\s+to|I'm\s+going\s+to|I\s+volunteer\s+to|I\s+can\s+(?:take|do|follow|look|write|file|open|send|review)\b)\s*(?!see\b|show\b|present\b|try\b)\p{L}",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokenCommitment();

    [GeneratedRegex(@"^#todo(?::(?<who>@?[\w.-]+)(?=\s|$)|\s+(?<who>@?[\w.-]+)\s*:(?=\s|$))?\s*:?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TodoOwner();

    [GeneratedRegex(@"^(?:will|shall|is\s+gonna|is\s+going\s+to)\s+\p{L}|^(?:I\s+will|I'll|I\s+am\s+going\s+to|I'm\s+going\s+to)\s+\p{L}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerCommits();

    [GeneratedRegex(@"(?:\[\s*DONE\s*\]|\(done\)|✅|✔)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DoneMark();

    public void Run()
    {
        foreach (var line in scope.Lines)
        {
            if (line.Kind is not (LineKind.Item or LineKind.Text) || line.Struck || scope.IsClaimed(line) || line.Text.Length == 0)
            {
                continue;
            }

            Classify(line);
        }
    }

    private void Classify(NoteLine line)
    {
        if (line.Parent is { } parent && _actionLines.Contains(parent.Index) && parent.Task is not null)
        {
            return; // the details of a task ("- [x] Publish meeting notes as" and its list of places)
        }

        var text = line.Text;
        var match = line.MatchText;
        var topic = new LazyTopic(scope, line);

        // 1. Decision markers and phrases, wherever a speaker tag puts them.
        var (speaker, body, bodyMatch) = SplitSpeaker(text, match);
        var marked = MayBeMarked(bodyMatch);
        if (marked && Markers.Decision().Match(bodyMatch) is { Success: true } decisionMarker)
        {
            var decided = Clean(body[Math.Min(decisionMarker.Length, body.Length)..]);
            if (decided.Length > 0)
            {
                AddDecision(decided, topic, line);
                AddCommitmentToo(decided, topic, line);
            }

            return;
        }

        if (marked && Markers.DecisionPhrase().IsMatch(bodyMatch))
        {
            var decided = Clean(body);
            AddDecision(decided, topic, line);
            AddCommitmentToo(decided, topic, line);
            return;
        }

        // 2. Action markers.
        if (marked && Markers.Action().Match(bodyMatch) is { Success: true } actionMarker)
        {
            AddMarkedAction(body, actionMarker, topic, line, speaker);
            return;
        }

        if (MayHoldMarkerInside(bodyMatch) && Markers.ActionAnywhere().Match(bodyMatch) is { Success: true } anywhere)
        {
            AddActionMarkedInside(body, anywhere, topic, line);
            return;
        }

        // 3. Task lists: "- [ ] ..." / "- [x] ...".
        if (line.Task is { } taskDone)
        {
            var owners = OwnersOf(body, speaker);
            if (owners.Count == 0 && scope.SectionOwners(line) is { Count: > 0 } sectionOwners)
            {
                owners = sectionOwners;
            }

            AddAction(Clean(body), owners, taskDone, topic, line);
            return;
        }

        // 4. Explicit question markers (answered ones are decisions).
        if (marked && Markers.Question().Match(bodyMatch) is { Success: true } questionMarker)
        {
            var asked = body[Math.Min(questionMarker.Length, body.Length)..];
            if (AnswerOf(line, asked) is { } answer)
            {
                AddDecision(answer, topic, line);
            }
            else if (Clean(StripAnswer(asked)) is { Length: > 0 } question)
            {
                _questions.Add(new Question(question, topic.Value, line.Line));
            }

            return;
        }

        // 5. The section the line sits in.
        switch (scope.SectionOf(line))
        {
            case SectionKind.Actions when IsSectionItem(line):
                {
                    // In an action list "Dave: publish the draft" and "[oliver] Look into it" name the owner.
                    var (owners, rest) = speaker is not null ? ([speaker], body) : OwnerPrefixed(body);
                    if (owners.Count == 0)
                    {
                        owners = OwnersOf(body, speaker);
                    }

                    if (owners.Count == 0 && Markers.OwnerSuffix().Match(rest) is { Success: true } suffix
                        && PersonName.Clean(suffix.Groups["who"].Value) is { } trailing && IsTrailingOwner(trailing))
                    {
                        owners = [trailing];
                        rest = rest[..suffix.Index];
                    }

                    if (owners.Count == 0)
                    {
                        owners = scope.SectionOwners(line);
                    }

                    AddAction(Clean(rest), owners, DoneMark().IsMatch(text), topic, line);
                    return;
                }

            case SectionKind.Decisions when IsSectionItem(line):
                AddDecision(Clean(body), topic, line);
                return;
        }

        // 6. A recorded answer: "... ? A: delegate to cli for now."
        if (body.Contains("A:", StringComparison.Ordinal) && Markers.Answer().Match(body) is { Success: true } inlineAnswer)
        {
            AddDecision(Clean(inlineAnswer.Groups["answer"].Value), topic, line);
            return;
        }

        // 7. Commitments in plain words (not in standup blocks, where plans are updates).
        if (!EndsWithQuestion(body) && !scope.IsStandup(line))
        {
            var owners = OwnersOf(body, speaker);
            if (owners.Count > 0 && !Markers.Conditional().IsMatch(ProposerFree(body)))
            {
                AddAction(Clean(ProposerFree(text)), owners, DoneMark().IsMatch(text), topic, line);
                return;
            }

            if (line.Bold && Markers.TeamCommitment().IsMatch(body))
            {
                AddAction(Clean(text), [], false, topic, line);
                return;
            }
        }

        // 8. A question nobody answered.
        if (AsksWithoutAnswer(line, body, bodyMatch, speaker))
        {
            _questions.Add(new Question(Clean(ProposerFree(text)), topic.Value, line.Line));
        }
    }

    // Every anchored marker starts with one of these words or signs: most lines start with none of them.
    private static readonly HashSet<string> MarkerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "todo", "todos", "action", "actions", "ai", "decision", "decisions", "decided", "resolution", "resolved", "agreed",
        "consensus", "conclusion", "outcome", "question", "questions", "q", "open", "follow", "followup", "we", "the",
        "group", "team", "everyone", "all", "have", "winning", "approved", "declined", "accepted", "rejected", "no",
    };

    private static bool MayBeMarked(string text)
    {
        var span = text.AsSpan().TrimStart();
        if (span.Length == 0)
        {
            return false;
        }

        if (span[0] is '[' or '#' or '*' or '_' or '`')
        {
            return true;
        }

        var end = 0;
        while (end < span.Length && char.IsLetter(span[end]))
        {
            end++;
        }

        return end > 0 && MarkerWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span[..end]);
    }

    private static bool MayHoldMarkerInside(string text) =>
        text.Contains("todo", StringComparison.OrdinalIgnoreCase) || text.Contains("AI", StringComparison.Ordinal);

    private void AddMarkedAction(string body, Match marker, LazyTopic topic, NoteLine line, string? speaker)
    {
        var rest = body[Math.Min(marker.Length, body.Length)..];
        IReadOnlyList<string> owners = [];
        if (marker.Value.TrimStart().StartsWith("#todo", StringComparison.OrdinalIgnoreCase)
            && TodoOwner().Match(body.TrimStart()) is { Success: true } todo)
        {
            rest = body.TrimStart()[todo.Length..];
            if (todo.Groups["who"].Success && PersonName.Clean(todo.Groups["who"].Value) is { } who && Words.CouldBeName(who))
            {
                owners = [who];
            }
        }

        if (owners.Count == 0)
        {
            (owners, rest) = OwnerPrefixed(rest);
        }

        if (owners.Count == 0)
        {
            owners = LeadingHandles(rest);
        }

        if (owners.Count == 0)
        {
            owners = Commitments.FindOwners(rest, people);
        }

        if (owners.Count == 0 && Markers.OwnerSuffix().Match(rest) is { Success: true } suffix && PersonName.Clean(suffix.Groups["who"].Value) is { } initials
            && IsTrailingOwner(initials))
        {
            owners = [initials];
            rest = rest[..suffix.Index];
        }

        if (owners.Count == 0 && speaker is not null)
        {
            owners = [speaker];
        }

        AddAction(Clean(rest), owners, line.Task ?? DoneMark().IsMatch(body), topic, line);
    }

    private void AddActionMarkedInside(string body, Match marker, LazyTopic topic, NoteLine line)
    {
        IReadOnlyList<string> owners = [];
        string rest;
        if (marker.Groups["who"].Success)
        {
            // "we should switch the default in go-ipfs (AI: stebalien)"
            owners = Commitments.SplitNames(marker.Groups["who"].Value, people, lineStart: true);
            rest = body.Remove(marker.Index, marker.Length);
        }
        else
        {
            rest = body.Remove(marker.Index, marker.Length);
            var after = body[(marker.Index + marker.Length)..];
            if (marker.Value.StartsWith('#') && TodoOwner().Match(body[marker.Index..]) is { Success: true } todo && todo.Groups["who"].Success)
            {
                owners = [PersonName.Clean(todo.Groups["who"].Value) ?? todo.Groups["who"].Value];
                rest = body[..marker.Index] + body[(marker.Index + todo.Length)..];
            }
            else if (OwnerPrefixed(after.TrimStart()) is { Owners.Count: > 0 } prefixed)
            {
                owners = prefixed.Owners;
            }
        }

        if (owners.Count == 0)
        {
            owners = Commitments.FindOwners(rest, people);
        }

        AddAction(Clean(rest), owners, line.Task ?? DoneMark().IsMatch(body), topic, line);
    }

    // "(pc)", "(niko)", "(@alanshaw)" close an item with its owner; "(end-to-end)" or "(v2)" do not.
    private bool IsTrailingOwner(string name) =>
        Words.CouldBeName(name) && (people.Contains(name) || (name.Length <= 12 && name.All(char.IsLetter)));

    private void AddCommitmentToo(string decided, LazyTopic topic, NoteLine line)
    {
        var owners = Commitments.FindOwners(decided, people);
        if (owners.Count > 0)
        {
            AddAction(decided, owners, false, topic, line);
        }
    }

    private void AddDecision(string text, LazyTopic topic, NoteLine line)
    {
        if (text.Length > 0)
        {
            _decisions.Add(new Decision(text, topic.Value, line.Line));
        }
    }

    private void AddAction(string text, IReadOnlyList<string> owners, bool done, LazyTopic topic, NoteLine line)
    {
        if (text.Length == 0 || IsNothing(text))
        {
            return;
        }

        _actionLines.Add(line.Index);
        _actions.Add(new ActionItem(text, owners, done || line.Task == true, null, topic.Value, line.Line));
    }

    private IReadOnlyList<string> OwnersOf(string body, string? speaker)
    {
        if (speaker is not null && (SpeakerCommits().IsMatch(body)
            || (body.Contains('I', StringComparison.Ordinal) && MaySpeakForOneself(body) && SpokenCommitment().IsMatch(body))))
        {
            return [speaker];
        }

        return Commitments.FindOwners(body, people);
    }

    // SpokenCommitment() needs the word "I" (any case) starting the text or after a space, followed by a space or an
    // apostrophe: "I will", "I'll", "I'm". A non-ASCII letter might fold to 'i', so it is left to the pattern.
    private static bool MaySpeakForOneself(string text)
    {
        for (var i = text.AsSpan().IndexOfAny('I', 'i'); i >= 0; i = NextI(text, i + 1))
        {
            if ((i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 1 < text.Length && (char.IsWhiteSpace(text[i + 1]) || text[i + 1] == '\''))
            {
                return true;
            }
        }

        return !Ascii.IsValid(text);

        static int NextI(string text, int from)
        {
            var next = text.AsSpan(from).IndexOfAny('I', 'i');
            return next < 0 ? -1 : from + next;
        }
    }

    private (IReadOnlyList<string> Owners, string Remainder) OwnerPrefixed(string text)
    {
        var trimmed = text.TrimStart();
        if (Markers.OwnerPrefix().Match(trimmed) is { Success: true } prefix)
        {
            var names = Commitments.SplitNames(prefix.Groups["who"].Value, people, lineStart: true);
            if (names.Count > 0)
            {
                return (names, trimmed[prefix.Length..]);
            }
        }

        return ([], text);
    }

    private static IReadOnlyList<string> LeadingHandles(string text)
    {
        var owners = new List<string>();
        var rest = text.AsSpan().TrimStart();
        while (rest.StartsWith("@"))
        {
            var end = 1;
            while (end < rest.Length && (char.IsLetterOrDigit(rest[end]) || rest[end] is '-' or '_' or '.'))
            {
                end++;
            }

            if (PersonName.Clean(rest[..end].ToString().TrimEnd('.')) is { } handle)
            {
                owners.Add(handle);
            }

            rest = rest[end..].TrimStart().TrimStart(',').TrimStart();
        }

        return owners;
    }

    private (string? Speaker, string Body, string BodyMatch) SplitSpeaker(string text, string match)
    {
        // A marker is never a speaker ("TODO: x", "Decision: y"): those lines keep their first word.
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if ((text.Length > 0 && text[0] == '[') || colon is > 0 and < 24)
        {
            return SpeakerOf(text, match);
        }

        return (null, text, match);
    }

    private (string? Speaker, string Body, string BodyMatch) SpeakerOf(string text, string match)
    {
        if (Speaker().Match(text) is { Success: true } speaker
            && !Markers.Decision().IsMatch(match) && !Markers.Action().IsMatch(match) && !Markers.Question().IsMatch(match))
        {
            var who = speaker.Groups["who"].Value.Trim();
            if (Words.CouldBeName(who) && (who.Contains(' ', StringComparison.Ordinal) ? who.Split(' ').All(w => Words.CouldBeName(w)) : true))
            {
                var offset = Math.Min(speaker.Length, match.Length);
                return (PersonName.Clean(who), text[speaker.Length..], match[offset..]);
            }
        }

        return (null, text, match);
    }

    /// <summary>A line's topic, worked out only for the lines that become items.</summary>
    private sealed class LazyTopic(MeetingScope scope, NoteLine line)
    {
        private string? _value;
        private bool _known;

        public string? Value
        {
            get
            {
                if (!_known)
                {
                    _value = scope.TopicOf(line);
                    _known = true;
                }

                return _value;
            }
        }
    }

    /// <summary>
    /// Whether a line in an action or decision list is an item of it. A short bullet that groups others
    /// ("Tokens" over its items) is their topic, and so are its bare siblings ("Privacy Policy"); the
    /// lines under an item that is itself an action ("[oliver] Look into it" and its links) are its details.
    /// </summary>
    private bool IsSectionItem(NoteLine line)
    {
        if (line.Parent is { } parent && scope.SectionOf(parent) == scope.SectionOf(line) && _actionLines.Contains(parent.Index))
        {
            return false;
        }

        if (line.Children.Any(c => c.Kind == LineKind.Item))
        {
            return !IsGroupLabel(line);
        }

        return !scope.Siblings(line).Any(s => s != line && s.Children.Any(c => c.Kind == LineKind.Item) && IsGroupLabel(s));
    }

    // A group label is a few words naming a subject: no owner, no sentence.
    private static bool IsGroupLabel(NoteLine line)
    {
        var text = line.Text.TrimEnd(':', ' ');
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 && !text.Contains(':', StringComparison.Ordinal)
            && text.Length > 0 && text[0] != '[' && text[0] != '(' && !text.Contains(" to ", StringComparison.Ordinal)
            && !text.Contains(" will ", StringComparison.Ordinal);
    }

    private static string? AnswerOf(NoteLine line, string asked)
    {
        if (Markers.Answer().Match(asked) is { Success: true } inline)
        {
            return Clean(inline.Groups["answer"].Value);
        }

        foreach (var child in line.Children)
        {
            if (Markers.Answer().Match(child.Text) is { Success: true } answer && answer.Index == 0)
            {
                return Clean(answer.Groups["answer"].Value);
            }
        }

        return null;
    }

    private static string StripAnswer(string text)
    {
        var answer = Markers.Answer().Match(text);
        return answer.Success ? text[..answer.Index] : text;
    }

    private bool AsksWithoutAnswer(NoteLine line, string body, string bodyMatch, string? speaker)
    {
        // bodyMatch has code spans blanked: "overlap with `catch` and `?`" asks nothing.
        if (!EndsWithQuestion(body) || !EndsWithQuestion(bodyMatch) || OutlineLabel(line) || line.Detail || (Sentences(body) > 3 && body.Length > 200))
        {
            return false;
        }

        // In a transcript, the next turn answers: "[oliver] Simeon, do you know ...?" then "[simeon] ...".
        if (speaker is not null && NextTurn(line) is { } reply && !EndsWithQuestion(reply.Text))
        {
            return false;
        }

        var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if ((body.Contains("...", StringComparison.Ordinal) || body.Contains('…', StringComparison.Ordinal)) && words <= 4)
        {
            return false; // a template placeholder: "How do you...?"
        }

        // Children that are links or further questions do not answer it; prose does.
        return !line.Children.Any(c => c.Text.Length > 0 && !EndsWithQuestion(c.Text) && !IsOnlyReference(c));
    }

    private NoteLine? NextTurn(NoteLine line)
    {
        var next = line.Index + 1 - scope.First;
        return next < scope.Lines.Count && scope.Lines[next].Kind is LineKind.Item or LineKind.Text
            && scope.Lines[next].Indent <= line.Indent + 1 && SpeakerOf(scope.Lines[next].Text, scope.Lines[next].MatchText).Speaker is not null
            ? scope.Lines[next]
            : null;
    }

    private static int Sentences(string text)
    {
        var count = 1;
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsLetter(text[i - 1]))
            {
                count++;
            }
        }

        return count;
    }

    private static bool OutlineLabel(NoteLine line) => NotesOutline.IsLabel(line.Text);

    private static bool IsOnlyReference(NoteLine line)
    {
        var text = line.Text.Trim().TrimEnd('.', ',', ';');
        return text.Length == 0
            || line.Links.Exists(l => text.Equals(l, StringComparison.Ordinal))
            || text.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !text.Contains(' ', StringComparison.Ordinal)
            || (text.StartsWith("Related:", StringComparison.OrdinalIgnoreCase) && line.Links.Count > 0)
            || (text.StartsWith('#') && text.Length < 10);
    }

    internal static bool EndsWithQuestion(string text)
    {
        var span = text.AsSpan().TrimEnd();
        while (span.Length > 0 && span[^1] is '*' or '_' or '"' or '\'' or ' ')
        {
            span = span[..^1];
        }

        return span.Length > 1 && span[^1] == '?';
    }

    private static bool IsNothing(string text) =>
        text.Equals("none", StringComparison.OrdinalIgnoreCase) || text.Equals("n/a", StringComparison.OrdinalIgnoreCase)
        || text.Equals("nothing", StringComparison.OrdinalIgnoreCase) || text == "-" || text.Equals("none.", StringComparison.OrdinalIgnoreCase);

    private static string ProposerFree(string text) => AgendaText.SplitProposer(text).Title;

    /// <summary>The item's own words: leftover markers, stray bullets and surrounding punctuation removed.</summary>
    internal static string Clean(string text)
    {
        var cleaned = Markers.Other().Replace(text, "", 1).Trim();
        cleaned = cleaned.Trim().TrimStart('-', '–', ':', '*', '>', ' ').TrimEnd(' ', ',', ';', ':', '-');
        return Whitespace().Replace(cleaned, " ");
    }

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
