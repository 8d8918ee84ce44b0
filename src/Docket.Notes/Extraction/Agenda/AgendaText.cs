using System.Text.RegularExpressions;
using Docket.Notes.Extraction.People;

namespace Docket.Notes.Extraction.Agenda;

/// <summary>An agenda line's parts: <c>(Aaron) Weekly Triagers?</c>, <c>[ehashman] wrap-up of KEP</c>, <c>Standup (3 min/person)</c>.</summary>
internal static partial class AgendaText
{
    [GeneratedRegex(@"^\s*[\(\[](?<who>[^\)\]]{1,50})[\)\]]\s*[-–:]?\s*(?<title>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingProposer();

    [GeneratedRegex(@"[\(\[]\s*(?<n>\d{1,3})\s*(?:-\s*\d{1,3}\s*)?(?:min(?:ute)?s?|mins?|m)\b[^\)\]]{0,20}[\)\]]|[-–]\s*(?<n>\d{1,3})\s*(?:min(?:ute)?s?|mins?)\b\.?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeBox();

    /// <summary>Splits off a proposer prefix that names a person; other prefixes ("(Announcement)") are dropped.</summary>
    public static (string? Proposer, string Title) SplitProposer(string text)
    {
        // The pattern opens with a bracket after any spaces: most lines do not, and need no match at all.
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (start == text.Length || text[start] is not ('(' or '['))
        {
            return (null, text);
        }

        if (LeadingProposer().Match(text) is not { Success: true } match || match.Groups["title"].Length == 0)
        {
            return (null, text);
        }

        var who = match.Groups["who"].Value.Trim();
        var title = match.Groups["title"].Value.Trim();
        if (who.Length == 0 || who.Any(char.IsDigit) && !who.Any(char.IsLetter))
        {
            return (null, text); // "[ 0:00 ]" time slots, "(1)" numbering
        }

        // "(Aaron, admin stuff)": the person is the first part; "(Marwan / Aaron)": all of it.
        var first = who.Split(',', 2)[0].Trim();
        var parts = first.Split(['/', '&'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var allNames = parts.Length > 0 && parts.All(IsPersonLike);
        return allNames ? (first, title) : (null, title);
    }

    // "FnMut() sugar (pcwalton) https://github.com/rust-lang/rust/pull/17041", "Topic [Carlos Jeurissen]".
    [GeneratedRegex(@"^(?<title>.+?)\s*[\(\[](?<who>[A-Za-z][\w.-]{1,20}(?: [A-Z][\w.-]{1,20})?)[\)\]]\s*(?<url>https?://\S+)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingProposer();

    /// <summary>Splits off a proposer written at the end of an agenda line.</summary>
    public static (string? Proposer, string Title) SplitTrailingProposer(string text)
    {
        // The pattern needs an opening and a closing bracket; its lazy title makes a failed match costly.
        if (text.AsSpan().IndexOfAny('(', '[') < 0 || text.AsSpan().IndexOfAny(')', ']') < 0)
        {
            return (null, text);
        }

        if (TrailingProposer().Match(text) is not { Success: true } match || !IsPersonLike(match.Groups["who"].Value)
            || char.IsUpper(match.Groups["who"].Value[0]) && !match.Groups["who"].Value.Contains(' ', StringComparison.Ordinal))
        {
            return (null, text);
        }

        var title = match.Groups["title"].Value.Trim();
        if (match.Groups["url"].Success)
        {
            title += " " + match.Groups["url"].Value;
        }

        return (match.Groups["who"].Value, title);
    }

    /// <summary>The time box in minutes written in the line, if any.</summary>
    public static int? TimeBoxOf(string text) =>
        TimeBox().Match(text) is { Success: true } match && int.TryParse(match.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var minutes)
            ? minutes
            : null;

    public static string WithoutTimeBox(string text) => TimeBox().Replace(text, "").Trim();

    private static bool IsPersonLike(string part)
    {
        var tokens = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is 0 or > 3)
        {
            return false;
        }

        // One lowercase handle ("carolynvs"), or capitalised words ("Someone Else", "Aaron").
        return tokens.Length == 1
            ? Words.CouldBeName(tokens[0])
            : tokens.All(t => Words.CouldBeName(t) && char.IsUpper(t[0]));
    }
}
