using System.Diagnostics.CodeAnalysis;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Docket.Meetings.Scheduling;

/// <summary>
/// A skip or a move of one meeting of a series, as the store keeps it and as people write it:
/// <c>skip 2019-07-04 "US holiday"</c>, <c>move 2019-07-04 -> 2019-07-05 10:00 "venue closed"</c>,
/// <c>move 2019-07-04 -> 16:00</c> (same day). A move without a time keeps the series' start time.
/// </summary>
public sealed record OccurrenceException
{
    private const int MaxReason = 200;
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("H:mm");

    private OccurrenceException(OccurrenceExceptionKind kind, LocalDate date, LocalDate? newDate, LocalTime? newTime, string? reason)
    {
        Kind = kind;
        Date = date;
        NewDate = newDate;
        NewTime = newTime;
        Reason = CleanReason(reason);
    }

    /// <summary>Skip or move.</summary>
    public OccurrenceExceptionKind Kind { get; }

    /// <summary>The date the rule gives the meeting (its <see cref="Occurrence.RuleDate"/>).</summary>
    public LocalDate Date { get; }

    /// <summary>For a move: the date it moves to.</summary>
    public LocalDate? NewDate { get; }

    /// <summary>For a move: the new start time in the series' zone, or <c>null</c> to keep the usual time.</summary>
    public LocalTime? NewTime { get; }

    /// <summary>Why, in one line; <c>null</c> when nobody said.</summary>
    public string? Reason { get; }

    public static OccurrenceException Skip(LocalDate date, string? reason = null) =>
        new(OccurrenceExceptionKind.Skip, date, null, null, reason);

    public static OccurrenceException Move(LocalDate date, LocalDate newDate, LocalTime? newTime = null, string? reason = null) =>
        new(OccurrenceExceptionKind.Move, date, newDate, newTime, reason);

    /// <summary>Reads the text form; throws <see cref="FormatException"/> with the reason when it cannot.</summary>
    public static OccurrenceException Parse(string text) =>
        TryParse(text, out var exception, out var error) ? exception : throw new FormatException(error);

    public static bool TryParse(string text, [NotNullWhen(true)] out OccurrenceException? exception, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        exception = null;
        var (words, reason, quoteError) = SplitReason(text.Trim());
        if (quoteError is not null)
        {
            error = quoteError;
            return false;
        }

        if (words.Count < 2 || words[0].ToLowerInvariant() is not ("skip" or "move"))
        {
            error = "write 'skip 2019-07-04 \"reason\"' or 'move 2019-07-04 -> 2019-07-05 10:00 \"reason\"'";
            return false;
        }

        var date = DatePattern.Parse(words[1]);
        if (!date.Success)
        {
            error = $"'{words[1]}' is not a date like 2019-07-04";
            return false;
        }

        if (words[0].Equals("skip", StringComparison.OrdinalIgnoreCase))
        {
            if (words.Count > 2)
            {
                // An unquoted reason: "skip 2019-07-04 US holiday".
                reason ??= string.Join(' ', words.Skip(2));
            }

            exception = Skip(date.Value, reason);
            error = null;
            return true;
        }

        if (words.Count < 4 || words[2] is not ("->" or "→" or "to"))
        {
            error = $"a move needs where to: 'move {words[1]} -> 2019-07-05 10:00'";
            return false;
        }

        LocalDate newDate = date.Value;
        LocalTime? newTime = null;
        var next = 3;
        var target = DatePattern.Parse(words[next]);
        if (target.Success)
        {
            newDate = target.Value;
            next++;
        }

        if (next < words.Count)
        {
            var time = TimePattern.Parse(words[next]);
            if (!time.Success)
            {
                error = $"'{words[next]}' is not a date like 2019-07-05 or a time like 10:00";
                return false;
            }

            newTime = time.Value;
            next++;
        }

        if (next < words.Count)
        {
            error = $"unexpected '{words[next]}' after the move (put a reason in quotes)";
            return false;
        }

        if (newDate == date.Value && newTime is null)
        {
            error = $"the move of {words[1]} changes neither the date nor the time";
            return false;
        }

        exception = Move(date.Value, newDate, newTime, reason);
        error = null;
        return true;
    }

    /// <summary>The text form, which <see cref="Parse"/> reads back.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Kind == OccurrenceExceptionKind.Skip ? "skip " : "move ").Append(DatePattern.Format(Date));
        if (Kind == OccurrenceExceptionKind.Move)
        {
            text.Append(" -> ").Append(DatePattern.Format(NewDate!.Value));
            if (NewTime is { } time)
            {
                text.Append(' ').Append(LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(time));
            }
        }

        if (Reason is not null)
        {
            text.Append(" \"").Append(Reason.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        }

        return text.ToString();
    }

    private static (List<string> Words, string? Reason, string? Error) SplitReason(string text)
    {
        var quote = text.IndexOf('"', StringComparison.Ordinal);
        if (quote < 0)
        {
            return (Split(text), null, null);
        }

        var reason = new StringBuilder();
        var i = quote + 1;
        for (; i < text.Length && text[i] != '"'; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            reason.Append(text[i]);
        }

        if (i >= text.Length)
        {
            return ([], null, "the reason's quote is not closed");
        }

        if (text[(i + 1)..].Trim().Length > 0)
        {
            return ([], null, $"unexpected '{text[(i + 1)..].Trim()}' after the reason");
        }

        return (Split(text[..quote]), reason.ToString(), null);
    }

    private static List<string> Split(string text) => [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>One line of plain text: controls and line breaks become spaces, bounded length.</summary>
    private static string? CleanReason(string? reason)
    {
        if (reason is null)
        {
            return null;
        }

        var text = new StringBuilder(reason.Length);
        foreach (var c in reason)
        {
            text.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        var cleaned = string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (cleaned.Length > MaxReason)
        {
            // Never cut a surrogate pair in half.
            var cut = char.IsHighSurrogate(cleaned[MaxReason - 1]) ? MaxReason - 1 : MaxReason;
            cleaned = cleaned[..cut].TrimEnd();
        }

        return cleaned.Length == 0 ? null : cleaned;
    }
}
