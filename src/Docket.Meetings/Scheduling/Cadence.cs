using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using CalDateTime = Ical.Net.DataTypes.CalDateTime;
using RecurrenceRule = Ical.Net.DataTypes.RecurrenceRule;
using Ical.Net.Evaluation;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace Docket.Meetings.Scheduling;

/// <summary>
/// When a series meets: an RFC 5545 recurrence rule, a local start time, an IANA zone and a length,
/// read from words (<c>weekly on Thursday 11:00 America/Los_Angeles</c>) or an RRULE. Immutable.
/// Ical.Net evaluates the rule on local dates; NodaTime puts each date in the zone, so the local time
/// holds across daylight-saving changes (11:00 in Los Angeles is 18:00 UTC in summer, 19:00 in winter).
/// </summary>
public sealed class Cadence : IEquatable<Cadence>
{
    // Without a start date the rule is anchored here (a Monday); it only matters for every-other-week
    // and similar rules, and it is fixed so that the same words always give the same dates.
    private static readonly LocalDate DefaultAnchor = new(1970, 1, 5);
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly LocalTimePattern ClockTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    // The evaluator gives up after this many periods without a match; it bounds the work on rare rules
    // (the 29th of February) without ending any real series early: 1500 days is more than 4 years.
    private static readonly EvaluationOptions Options = new() { MaxUnmatchedIncrementsLimit = 1500 };

    private readonly RecurrenceSpec _spec;
    private readonly string _words;

    private Cadence(RecurrenceSpec spec, LocalTime startTime, DateTimeZone zone, Duration length, LocalDate? from)
    {
        _spec = spec;
        StartTime = startTime;
        Zone = zone;
        Length = length;
        From = from;
        _words = Write();
    }

    /// <summary>The local time meetings start, in <see cref="Zone"/>.</summary>
    public LocalTime StartTime { get; }

    /// <summary>The series' zone, from NodaTime's tz database.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>How long a meeting lasts.</summary>
    public Duration Length { get; }

    /// <summary>The first date meetings may fall on, when the words give one (<c>from 2024-01-04</c>).</summary>
    public LocalDate? From { get; }

    /// <summary>The last date meetings may fall on (<c>until</c>), when there is one.</summary>
    public LocalDate? Until => _spec.Until;

    /// <summary>How many meetings the series has in all (<c>10 times</c>), when limited.</summary>
    public int? Count => _spec.Count;

    /// <summary>How often the rule repeats.</summary>
    public RecurrenceFrequency Frequency => _spec.Frequency;

    /// <summary>Reads a cadence; throws <see cref="FormatException"/> with the reason when it cannot.</summary>
    public static Cadence Parse(string text, CadenceDefaults? defaults = null) =>
        TryParse(text, defaults, out var cadence, out var error) ? cadence : throw new FormatException(error);

    /// <summary>Reads a cadence, or says why not (an unknown zone is named, an impossible rule explained).</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out Cadence? cadence, [NotNullWhen(false)] out string? error) =>
        TryParse(text, null, out cadence, out error);

    /// <inheritdoc cref="TryParse(string, out Cadence?, out string?)"/>
    public static bool TryParse(string text, CadenceDefaults? defaults, [NotNullWhen(true)] out Cadence? cadence, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        cadence = null;
        if (!CadenceParser.TryParse(text, out var parts, out var parseError))
        {
            error = parseError ?? "the cadence cannot be read";
            return false;
        }

        defaults ??= CadenceDefaults.Standard;
        var spec = parts!.Spec;
        if (spec.DependsOnStartDate() && parts.From is null)
        {
            error = $"'{text.Trim()}' does not say which day: name it (e.g. 'weekly on Thursday') or give a start date ('from 2024-01-04')";
            return false;
        }

        if (spec.Count is not null && parts.From is null)
        {
            error = "a number of meetings counts from the first one: give a start date ('from 2024-01-04')";
            return false;
        }

        if (spec.Until is { } until && parts.From is { } from && until < from)
        {
            error = $"the series ends on {IsoDate.Format(until)}, before it starts on {IsoDate.Format(from)}";
            return false;
        }

        var candidate = new Cadence(spec, parts.Time ?? defaults.StartTime, parts.Zone ?? defaults.Zone, parts.Length ?? defaults.Length, parts.From);
        if (!candidate.EverMeets())
        {
            error = $"'{text.Trim()}' never gives a meeting";
            return false;
        }

        cadence = candidate;
        error = null;
        return true;
    }

    /// <summary>The meetings that happen with local dates from <paramref name="from"/> to <paramref name="to"/> (both included), skips left out and moves applied, in time order.</summary>
    public IEnumerable<Occurrence> Between(LocalDate from, LocalDate to, IEnumerable<OccurrenceException>? exceptions = null) =>
        Timeline(from, to, exceptions).Where(o => o.Status != OccurrenceStatus.Skipped);

    /// <summary>Like <see cref="Between"/>, but skipped meetings stay in, marked <see cref="OccurrenceStatus.Skipped"/> (for calendars and <c>series show</c>).</summary>
    public IEnumerable<Occurrence> Timeline(LocalDate from, LocalDate to, IEnumerable<OccurrenceException>? exceptions = null)
    {
        if (to < from)
        {
            return [];
        }

        var byDate = Index(exceptions);
        var result = new List<Occurrence>();
        foreach (var date in RuleDates(from, to))
        {
            if (!byDate.TryGetValue(date, out var exception))
            {
                result.Add(Make(date, date.At(StartTime), OccurrenceStatus.Scheduled, null));
            }
            else if (exception.Kind == OccurrenceExceptionKind.Skip)
            {
                result.Add(Make(date, date.At(StartTime), OccurrenceStatus.Skipped, exception.Reason));
            }
            else if (Moved(exception) is { } moved && moved.Date >= from && moved.Date <= to)
            {
                result.Add(moved);
            }
        }

        // Meetings moved into the range from a date outside it.
        foreach (var exception in byDate.Values)
        {
            if (exception.Kind == OccurrenceExceptionKind.Move && (exception.Date < from || exception.Date > to)
                && exception.NewDate >= from && exception.NewDate <= to && Includes(exception.Date))
            {
                result.Add(Moved(exception)!);
            }
        }

        return result.OrderBy(o => o.Instant).ThenBy(o => o.RuleDate);
    }

    /// <summary>The next meeting that has not ended at <paramref name="now"/> (one in progress counts), or <c>null</c> when the series is over.</summary>
    public Occurrence? Next(Instant now, IEnumerable<OccurrenceException>? exceptions = null)
    {
        var list = exceptions?.ToList() ?? [];
        // Two days back: a meeting that started yesterday in the zone may still be running.
        var from = now.InZone(Zone).Date.PlusDays(-2);
        for (var year = 0; year < 50; year++)
        {
            var window = from.PlusYears(1);
            var next = Between(from, window, list).FirstOrDefault(o => o.EndInstant > now);
            if (next is not null)
            {
                return next;
            }

            if ((Until is { } until && window > until) || (Count is not null && !RuleDates(window, window.PlusYears(5)).Any()))
            {
                // Moves can still land later than the rule's last date.
                return list.Where(e => e.Kind == OccurrenceExceptionKind.Move && Includes(e.Date))
                    .Select(e => Moved(e)!).Where(o => o.EndInstant > now).OrderBy(o => o.Instant).FirstOrDefault();
            }

            from = window.PlusDays(1);
        }

        return null;
    }

    /// <summary>Whether the rule gives a meeting on <paramref name="date"/> (before skips and moves).</summary>
    public bool Includes(LocalDate date) => RuleDates(date, date).Any();

    /// <summary>
    /// Why <paramref name="exception"/> does not fit this cadence (its date is not a meeting date), or
    /// <c>null</c> when it does. For <c>series skip</c>: refuse a skip of a day the series does not meet.
    /// </summary>
    public string? Check(OccurrenceException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (Includes(exception.Date))
        {
            return null;
        }

        var before = RuleDates(exception.Date.PlusYears(-1), exception.Date).LastOrDefault();
        var after = RuleDates(exception.Date, exception.Date.PlusYears(1)).FirstOrDefault();
        var near = new List<string>();
        if (before != default)
        {
            near.Add(IsoDate.Format(before));
        }

        if (after != default)
        {
            near.Add(IsoDate.Format(after));
        }

        var day = exception.Date.DayOfWeek.ToString();
        return near.Count == 0
            ? $"the series has no meeting on {IsoDate.Format(exception.Date)} ({day})"
            : $"the series has no meeting on {IsoDate.Format(exception.Date)} ({day}); the nearest are {string.Join(" and ", near)}";
    }

    /// <summary>The rule as RFC 5545 RRULE text, without the <c>RRULE:</c> name (<c>FREQ=WEEKLY;BYDAY=TH</c>).</summary>
    public string ToRRule() => _spec.ToRRule();

    /// <summary>The canonical words, which <see cref="Parse"/> reads back to an equal cadence: <c>weekly on Thursday 11:00 America/Los_Angeles for 60 minutes</c>.</summary>
    public override string ToString() => _words;

    public bool Equals(Cadence? other) => other is not null && _words == other._words;

    public override bool Equals(object? obj) => Equals(obj as Cadence);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_words);

    internal static Dictionary<LocalDate, OccurrenceException> Index(IEnumerable<OccurrenceException>? exceptions)
    {
        var byDate = new Dictionary<LocalDate, OccurrenceException>();
        foreach (var exception in exceptions ?? [])
        {
            // The last word on a date wins: a later skip replaces an earlier move.
            byDate[exception.Date] = exception;
        }

        return byDate;
    }

    private Occurrence? Moved(OccurrenceException exception) => exception.Kind != OccurrenceExceptionKind.Move ? null
        : Make(exception.Date, exception.NewDate!.Value.At(exception.NewTime ?? StartTime), OccurrenceStatus.Moved, exception.Reason);

    private Occurrence Make(LocalDate ruleDate, LocalDateTime local, OccurrenceStatus status, string? reason)
    {
        // RFC 5545 3.3.10: a time in a spring-forward gap moves forward by the gap; in a fall-back
        // overlap the first (earlier) instant is meant. NodaTime's lenient resolver does both.
        var start = Zone.ResolveLocal(local, Resolvers.LenientResolver);
        return new Occurrence(ruleDate, start, start.Plus(Length), status, reason);
    }

    private bool EverMeets()
    {
        var anchor = From ?? DefaultAnchor;
        // 30 years: long enough for the rarest real rule (a weekday falling on the 29th of February is not one).
        return RuleDates(anchor, anchor.PlusYears(30)).Any();
    }

    private IEnumerable<LocalDate> RuleDates(LocalDate from, LocalDate to)
    {
        var anchor = From ?? DefaultAnchor;
        if (to < from || to < anchor || (Until is { } until && from > until))
        {
            yield break;
        }

        var evaluator = new RecurrencePatternEvaluator(new RecurrenceRule(_spec.ToEvaluatedRRule(withEnd: true)));
        var start = new CalDateTime(anchor.ToDateOnly(), StartTime.ToTimeOnly(), null);
        var periodStart = new CalDateTime((from > anchor ? from : anchor).ToDateOnly(), TimeOnly.MinValue, null);
        using var periods = evaluator.Evaluate(start, periodStart, Options).GetEnumerator();
        while (true)
        {
            try
            {
                if (!periods.MoveNext())
                {
                    yield break;
                }
            }
            catch (EvaluationLimitExceededException)
            {
                // No match for a long stretch: nothing more to find in any range a person asks about.
                yield break;
            }

            var date = LocalDate.FromDateOnly(periods.Current.StartTime.Date);
            if (date > to)
            {
                yield break;
            }

            if (date >= from)
            {
                yield return date;
            }
        }
    }

    private string Write()
    {
        var phrase = CadenceWords.Phrase(_spec.WithEnd(null, null));
        var text = new StringBuilder(phrase ?? "RRULE:" + _spec.ToRRule());
        text.Append(' ').Append(ClockTime.Format(StartTime))
            .Append(' ').Append(Zone.Id)
            .Append(" for ").Append(((long)Length.TotalMinutes).ToString(CultureInfo.InvariantCulture)).Append(" minutes");
        if (From is { } from)
        {
            text.Append(" from ").Append(IsoDate.Format(from));
        }

        if (phrase is not null && Until is { } until)
        {
            text.Append(" until ").Append(IsoDate.Format(until));
        }

        if (phrase is not null && Count is { } count)
        {
            text.Append(' ').Append(count.ToString(CultureInfo.InvariantCulture)).Append(" times");
        }

        return text.ToString();
    }
}
