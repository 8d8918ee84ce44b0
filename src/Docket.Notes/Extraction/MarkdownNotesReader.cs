using System.Text.RegularExpressions;
using Docket.Notes.Dates;
using Docket.Notes.Extraction.Agenda;
using Docket.Notes.Extraction.Fields;
using Docket.Notes.Extraction.Items;
using Docket.Notes.Extraction.People;
using Docket.Notes.Extraction.References;
using Docket.Notes.Extraction.Segments;
using Docket.Notes.Extraction.Standups;
using Docket.Notes.Model;
using Docket.Notes.Reading;
using Docket.Notes.Reading.Outline;
using NodaTime;

namespace Docket.Notes.Extraction;

/// <summary>Reads Markdown notes (and plain text, which is Markdown without marks) into meetings.</summary>
internal static partial class MarkdownNotesReader
{
    [GeneratedRegex(@"#\s?0*(?<n>\d{1,4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumberInTitle();

    [GeneratedRegex(@"(?<![\d])(?:19|20)\d{2}(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex YearInName();

    [GeneratedRegex(@"\b(?:meet|meeting|time|call|start|starts|today)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MentionsMeetingTime();

    [GeneratedRegex(@"^https?://(?:[\w-]+\.)*(?:zoom\.us|meet\.google\.com|hangouts\.google\.com|meet\.jit\.si|whereby\.com|teams\.microsoft\.com|webex\.com|bluejeans\.com|meet\.coop)/|^https?://\S*(?:zoom|hangout|jitsi|/calls?\b|/b/)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VideoCall();

    public static IReadOnlyList<Meeting> Read(SourceText source)
    {
        var outline = NotesOutline.Build(source);
        LocalDate? fileDate = MeetingDates.TryFindDateInFileName(Path.GetFileName(source.Source), out var fromName) ? fromName : null;
        var defaultYear = fileDate?.Year ?? YearOf(Path.GetFileName(source.Source));
        var segments = MeetingSegmenter.Split(outline, defaultYear);
        var many = segments.Count > 1 || segments[0].Boundary is not null;
        var people = KnownFrom(outline);
        var documentTitle = DocumentTitle(outline, many ? MeetingSegmenter.Preamble(outline, segments) : outline.Lines);

        var meetings = new List<Meeting>(segments.Count);
        foreach (var segment in segments)
        {
            meetings.Add(Build(segment, outline, people, documentTitle, fileDate, defaultYear, many));
        }

        return meetings;
    }

    private static Meeting Build(MeetingSegment segment, NotesOutline outline, KnownPeople people, string? documentTitle,
        LocalDate? fileDate, int? defaultYear, bool many)
    {
        var scope = new MeetingScope(segment.Lines, segment.Boundary);
        var header = HeaderFields.Read(scope, people);
        scope.Roles = header.Roles.ToDictionary(r => r.Key, r => (IReadOnlyList<string>)r.Value);
        var updates = StandupExtractor.Read(scope, people);
        var agenda = AgendaExtractor.Read(scope, many, people);
        var items = new ItemExtractor(scope, people);
        items.Run();

        var title = many ? segment.Boundary!.Text : SingleTitle(outline, segment);
        var date = many ? segment.Date!.Value.Date : SingleDate(outline, segment, header, fileDate, defaultYear);
        var (start, end, zone) = MeetingTime(segment, header, title, date);

        return new Meeting
        {
            Title = title,
            Series = many ? Untitled(documentTitle) : SeriesOf(outline, title),
            Number = title is not null && NumberInTitle().Match(title) is { Success: true } number
                ? int.Parse(number.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : null,
            Date = date,
            Start = start,
            End = end,
            TimeZone = zone,
            Location = header.Location ?? MeetingLink(segment),
            Roles = header.Roles.ToDictionary(r => r.Key, r => (IReadOnlyList<string>)r.Value.ToArray()),
            Attendees = header.Attendees.ToArray(),
            Agenda = agenda,
            Decisions = items.Decisions,
            Actions = items.Actions,
            Questions = items.Questions,
            Updates = updates,
            References = ReferencesOf(segment.Lines),
            Line = segment.Lines.Count > 0 ? segment.Lines[0].Line : 1,
        };
    }

    private static LocalDate? SingleDate(NotesOutline outline, MeetingSegment segment, MeetingHeader header, LocalDate? fileDate, int? defaultYear)
    {
        foreach (var text in header.TimeTexts)
        {
            if (MeetingDates.TryFindDate(text, defaultYear, out var match))
            {
                return Settle(match, fileDate);
            }
        }

        foreach (var key in (string[])["date", "title"])
        {
            if (outline.FrontMatter.TryGetValue(key, out var value) && MeetingDates.TryFindDate(value, defaultYear, out var match))
            {
                return Settle(match, fileDate);
            }
        }

        foreach (var heading in segment.Lines.Where(l => l.Kind == LineKind.Heading).OrderBy(l => l.Level).Take(3))
        {
            if (MeetingDates.TryFindDate(heading.Text, defaultYear, out var match))
            {
                return Settle(match, fileDate);
            }
        }

        if (fileDate is not null)
        {
            return fileDate;
        }

        foreach (var line in segment.Lines.Take(12))
        {
            if (line.Kind is LineKind.Text && line.Text.Length < 80 && MeetingDates.TryFindDate(line.Text, defaultYear, out var match))
            {
                return match.Date;
            }
        }

        return null;
    }

    // A date written without a year ("Mar 16") takes the file name's year when the file name dates the same day.
    private static LocalDate Settle(DateMatch match, LocalDate? fileDate) =>
        !match.HasYear && fileDate is { } file && file.Month == match.Date.Month && file.Day == match.Date.Day ? file : match.Date;

    private static (OffsetDateTime? Start, OffsetDateTime? End, string? Zone) MeetingTime(MeetingSegment segment, MeetingHeader header, string? title, LocalDate? date)
    {
        if (date is not { } day)
        {
            return (null, null, null);
        }

        IEnumerable<string> texts = header.TimeTexts;
        if (segment.Boundary is not null)
        {
            texts = texts.Append(segment.Boundary.Text);
        }
        else if (title is not null)
        {
            texts = texts.Append(title);
        }

        // "Today we're meeting at 11am US Pacific Time (UTC-7)."
        texts = texts.Concat(segment.Lines.Take(20)
            .Where(l => l.Kind == LineKind.Text && l.Text.Length < 300 && MentionsMeetingTime().IsMatch(l.Text))
            .Select(l => l.Text));

        foreach (var text in texts)
        {
            if (MeetingDates.TryFindTime(text, out var time) && MeetingDates.Resolve(day, time, null) is { } resolved)
            {
                return (resolved.Start, resolved.End, resolved.ZoneId);
            }
        }

        return (null, null, null);
    }

    /// <summary>A video-call link written at the top of the meeting ("We'll be meeting at this Google Hangout: ...").</summary>
    private static string? MeetingLink(MeetingSegment segment)
    {
        foreach (var line in segment.Lines.Take(8))
        {
            foreach (var link in line.Links)
            {
                if (VideoCall().IsMatch(link))
                {
                    return link;
                }
            }
        }

        return null;
    }

    private static string? SingleTitle(NotesOutline outline, MeetingSegment segment)
    {
        if (outline.FrontMatter.TryGetValue("title", out var title) && title.Length > 0)
        {
            return title;
        }

        var heading = segment.Lines.Where(l => l.Kind == LineKind.Heading).OrderBy(l => l.Level).FirstOrDefault();
        return heading?.Text ?? segment.Lines.FirstOrDefault(l => l.Kind == LineKind.Text && l.Text.Length < 100)?.Text;
    }

    private static string? SeriesOf(NotesOutline outline, string? title)
    {
        if (outline.FrontMatter.TryGetValue("name", out var name) && name.Length > 0)
        {
            return name;
        }

        return Untitled(title);
    }

    /// <summary>A title without its date and number: the series it names.</summary>
    private static string? Untitled(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var text = title;
        if (MeetingDates.TryFindDate(text, 2000, out var date))
        {
            text = text.Remove(date.Index, date.Length);
        }

        text = NumberInTitle().Replace(text, "");
        text = text.Trim(' ', '-', '–', ':', ',', '|', '#', '(', ')');
        return text.Length > 0 ? text : null;
    }

    private static string? DocumentTitle(NotesOutline outline, IReadOnlyList<NoteLine> lines)
    {
        if (outline.FrontMatter.TryGetValue("title", out var title) && title.Length > 0)
        {
            return title;
        }

        var heading = lines.Where(l => l.Kind == LineKind.Heading).OrderBy(l => l.Level).FirstOrDefault();
        return heading?.Text ?? lines.FirstOrDefault(l => l.Kind == LineKind.Text && l.Text.Length < 80)?.Text;
    }

    private static IReadOnlyList<string> ReferencesOf(IReadOnlyList<NoteLine> lines)
    {
        var references = new ReferenceSet();
        foreach (var line in lines)
        {
            foreach (var link in line.Links)
            {
                if (link.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                {
                    references.Add(link);
                }
            }

            ReferenceFinder.FindAll(line.Text, references);
        }

        return references.ToList();
    }

    /// <summary>People the whole document names for certain: @handles, (Name) proposers, #todo owners.</summary>
    private static KnownPeople KnownFrom(NotesOutline outline)
    {
        var people = new KnownPeople();
        foreach (var line in outline.Lines)
        {
            if (line.Text.Contains('@', StringComparison.Ordinal))
            {
                foreach (Match handle in Markers.Handle().Matches(line.Text))
                {
                    people.Add(handle.Groups["who"].Value);
                }
            }

            if (line.Kind == LineKind.Item && line.Text.Length > 2 && line.Text[0] is '(' or '[')
            {
                people.Add(AgendaText.SplitProposer(line.Text).Proposer);
            }
        }

        return people;
    }

    private static int? YearOf(string name) =>
        YearInName().Match(name) is { Success: true } year ? int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
