using System.Text.RegularExpressions;
using NotesMeeting = Docket.Notes.Model.Meeting;

namespace Docket.Store.Teams;

/// <summary>Which series a notes file belongs to when the user doesn't say.</summary>
internal static partial class SeriesNames
{
    /// <summary>
    /// The series the notes name most often; else the title its meetings share once dates and
    /// numbers are taken out (<c>Standup meeting - 2018-10-30</c> → <c>Standup meeting</c>); else the file's name.
    /// </summary>
    public static string Detect(IReadOnlyList<NotesMeeting> meetings, string path)
    {
        var named = meetings.Select(m => m.Series).OfType<string>().Where(s => s.Trim().Length > 0)
            .GroupBy(s => s.Trim(), StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (named is not null)
        {
            return named.Key;
        }

        var titled = meetings.Select(m => m.Title is null ? null : Undated(m.Title)).OfType<string>().Where(t => t.Length >= 3)
            .GroupBy(t => t, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (titled is not null && (meetings.Count == 1 || titled.Count() >= 2))
        {
            return titled.Key;
        }

        var stem = Undated(Path.GetFileNameWithoutExtension(path).Replace('_', ' ').Replace('-', ' '));
        if (stem.Length >= 3 && !HashLike().IsMatch(stem))
        {
            return stem;
        }

        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
        return string.IsNullOrWhiteSpace(folder) ? "notes" : folder;
    }

    private static string Undated(string title) =>
        Separators().Replace(DateOrNumber().Replace(title, " "), " ").Trim(' ', '-', ':', '|', ',', '.', '(', ')');

    [GeneratedRegex(@"\b(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s*(\d{4})?|\d{1,2}(st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*,?\s*(\d{4})?|\d{4}|#\s?\d+|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOrNumber();

    [GeneratedRegex(@"(?:\s+[-–—|:,]+(?=\s|$))+|\s{2,}")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:\d+\s+)?[0-9a-f]{12,}$", RegexOptions.IgnoreCase)]
    private static partial Regex HashLike();
}
