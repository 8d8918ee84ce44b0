using System.Globalization;
using System.Text.RegularExpressions;
using Docket.Notes.Extraction.People;
using Docket.Notes.Model;
using Docket.Notes.Reading.Outline;

namespace Docket.Notes.Extraction.Agenda;

/// <summary>
/// The agenda: rows of a time-boxed agenda table, the bullets under an "Agenda" heading, or, in a
/// running document, the topics proposed under the meeting's date.
/// </summary>
internal static partial class AgendaExtractor
{
    [GeneratedRegex(@"^(?:(?:proposed\s+|draft\s+|meeting\s+)?agenda\b(?!\s+(?:for\s+)?next)|main\s+topics\b|topics(?:\s+for\s+(?:today|this\s+week))?\s*:?\s*$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgendaHeading();

    [GeneratedRegex(@"^(?:time|min|mins|minutes|duration|time\s*\(min\)|timebox|time\s*box|length|mins?\.?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeColumn();

    [GeneratedRegex(@"^(?:item|items|topic|topics|agenda|agenda\s+item|subject|what)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitleColumn();

    [GeneratedRegex(@"\d{1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    public static IReadOnlyList<AgendaItem> Read(MeetingScope scope, bool runningDocument, KnownPeople people)
    {
        var items = new List<AgendaItem>();
        ReadTables(scope, items);
        if (items.Count == 0)
        {
            ReadAgendaSections(scope, items);
        }

        if (items.Count == 0 && runningDocument)
        {
            // A running agenda: the top-level bullets written under the meeting's date are its topics.
            foreach (var line in scope.Lines)
            {
                if (line.Kind == LineKind.Item && line.Parent is null && scope.HeadingOf(line) is null && !scope.IsClaimed(line))
                {
                    Add(items, line, line.Text);
                }
            }
        }

        foreach (var item in items)
        {
            people.Add(item.Proposer);
        }

        return items;
    }

    private static void ReadTables(MeetingScope scope, List<AgendaItem> items)
    {
        foreach (var row in scope.Lines)
        {
            if (row.Kind != LineKind.TableRow || row.Cells.Count < 2 || row.TableHeader.Count < 2)
            {
                continue;
            }

            var timeColumn = IndexOf(row.TableHeader, TimeColumn());
            var titleColumn = IndexOf(row.TableHeader, TitleColumn());
            if (timeColumn < 0 && !(titleColumn >= 0 && scope.HeadingOf(row) is { } h && AgendaHeading().IsMatch(h.Text)))
            {
                continue;
            }

            titleColumn = titleColumn >= 0 ? titleColumn : timeColumn == 0 ? 1 : 0;
            var title = row.Cells[titleColumn];
            if (title.Length == 0)
            {
                continue;
            }

            int? minutes = timeColumn >= 0 && timeColumn < row.Cells.Count && Number().Match(row.Cells[timeColumn]) is { Success: true } n
                ? int.Parse(n.Value, CultureInfo.InvariantCulture)
                : null;
            var (proposer, clean) = AgendaText.SplitProposer(title);
            scope.Claim(row);
            items.Add(new AgendaItem(clean, minutes, PersonName.Clean(proposer), row.Line));
        }
    }

    private static void ReadAgendaSections(MeetingScope scope, List<AgendaItem> items)
    {
        foreach (var line in scope.Lines)
        {
            if (line.Kind == LineKind.Heading && line != scope.Boundary && AgendaHeading().IsMatch(line.Text))
            {
                foreach (var item in scope.Lines.Where(l => l.Heading == line && l.Parent is null && l.Kind == LineKind.Item))
                {
                    // A bold group label ("**Carry-over from previous meetings**") lists the items under it.
                    if (item.Bold && item.Children.Count > 0)
                    {
                        foreach (var child in item.Children.Where(c => c.Kind == LineKind.Item))
                        {
                            Add(items, child, child.Text);
                        }

                        continue;
                    }

                    Add(items, item, item.Text);
                }
            }
            else if (line.Kind is LineKind.Item or LineKind.Text && NotesOutline.IsLabel(line.Text) && AgendaHeading().IsMatch(line.Text))
            {
                // "Agenda:" as a label, its list below.
                scope.Claim(line);
                foreach (var child in line.Children.Where(c => c.Kind == LineKind.Item))
                {
                    Add(items, child, child.Text);
                }
            }
        }
    }

    private static void Add(List<AgendaItem> items, NoteLine line, string text)
    {
        if (line.Struck || text.Trim().Length == 0)
        {
            return;
        }

        var (proposer, title) = AgendaText.SplitProposer(text.Trim());
        if (proposer is null)
        {
            (proposer, title) = AgendaText.SplitTrailingProposer(title);
        }

        var minutes = AgendaText.TimeBoxOf(title);
        if (minutes is not null)
        {
            title = AgendaText.WithoutTimeBox(title);
        }

        if (title.Length > 0)
        {
            items.Add(new AgendaItem(title, minutes, PersonName.Clean(proposer), line.Line));
        }
    }

    private static int IndexOf(IReadOnlyList<string> header, Regex pattern)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (pattern.IsMatch(header[i].Trim()))
            {
                return i;
            }
        }

        return -1;
    }
}
