using System.Globalization;
using Docket.Meetings.Scheduling;
using DotLiquid;
using NodaTime;
using NodaTime.Text;

namespace Docket.Meetings.Templates;

/// <summary>
/// The <see cref="AgendaModel"/> as templates see it: snake_case names, dates and times already
/// formatted (so a template needs no date filters), and the schema the checker holds templates to.
/// <see cref="Schema"/> and <see cref="ToHash"/> describe the same names; a test keeps them in step.
/// </summary>
internal static class LiquidModel
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalDatePattern LongDate = LocalDatePattern.CreateWithInvariantCulture("dddd, MMMM d, uuuu");
    private static readonly LocalDatePattern MonthDayYear = LocalDatePattern.CreateWithInvariantCulture("MMMM d, uuuu");
    private static readonly OffsetPattern UtcOffset = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    private static readonly SchemaNode Topic = SchemaNode.Object(
        ("title", SchemaNode.Scalar), ("minutes", SchemaNode.Scalar), ("proposer", SchemaNode.Scalar), ("link", SchemaNode.Scalar));

    public static SchemaNode Schema { get; } = SchemaNode.Object(
        ("meeting", SchemaNode.Object(
            ("series", SchemaNode.Scalar), ("number", SchemaNode.Scalar), ("ordinal", SchemaNode.Scalar), ("title", SchemaNode.Scalar),
            ("date", SchemaNode.Scalar), ("date_long", SchemaNode.Scalar), ("date_mdy", SchemaNode.Scalar), ("weekday", SchemaNode.Scalar),
            ("start_utc", SchemaNode.Scalar), ("end_utc", SchemaNode.Scalar), ("start_local", SchemaNode.Scalar), ("end_local", SchemaNode.Scalar),
            ("zone", SchemaNode.Scalar), ("utc_offset", SchemaNode.Scalar), ("minutes", SchemaNode.Scalar), ("location", SchemaNode.Scalar),
            ("status", SchemaNode.Scalar), ("reason", SchemaNode.Scalar))),
        ("times", SchemaNode.List(SchemaNode.Object(
            ("person", SchemaNode.Scalar), ("zone", SchemaNode.Scalar), ("date", SchemaNode.Scalar), ("weekday", SchemaNode.Scalar),
            ("start", SchemaNode.Scalar), ("end", SchemaNode.Scalar), ("utc_offset", SchemaNode.Scalar),
            ("day_shift", SchemaNode.Scalar), ("day_note", SchemaNode.Scalar)))),
        ("roles", SchemaNode.List(SchemaNode.Object(("role", SchemaNode.Scalar), ("title", SchemaNode.Scalar), ("person", SchemaNode.Scalar)))),
        ("members", SchemaNode.List(SchemaNode.Object(("name", SchemaNode.Scalar)))),
        ("topics", SchemaNode.List(Topic)),
        ("deferred", SchemaNode.List(Topic)),
        ("actions", SchemaNode.List(SchemaNode.Object(
            ("text", SchemaNode.Scalar), ("owners", SchemaNode.List(SchemaNode.Scalar)), ("owners_text", SchemaNode.Scalar),
            ("age_meetings", SchemaNode.Scalar), ("age_days", SchemaNode.Scalar), ("age", SchemaNode.Scalar), ("origin_date", SchemaNode.Scalar),
            ("origin_title", SchemaNode.Scalar), ("link", SchemaNode.Scalar)))),
        ("questions", SchemaNode.List(SchemaNode.Object(("text", SchemaNode.Scalar), ("origin_date", SchemaNode.Scalar), ("origin_title", SchemaNode.Scalar)))),
        ("topic_minutes", SchemaNode.Scalar),
        ("overflow_minutes", SchemaNode.Scalar),
        ("overflow_warning", SchemaNode.Scalar));

    public static Hash ToHash(AgendaModel model)
    {
        var occurrence = model.Occurrence;
        var utcStart = occurrence.Start.WithZone(DateTimeZone.Utc);
        var utcEnd = occurrence.End.WithZone(DateTimeZone.Utc);
        return Make(
            ("meeting", Make(
                ("series", model.Series),
                ("number", model.NumberText),
                ("ordinal", model.Number),
                ("title", model.EffectiveTitle),
                ("date", IsoDate.Format(occurrence.Date)),
                ("date_long", LongDate.Format(occurrence.Date)),
                ("date_mdy", MonthDayYear.Format(occurrence.Date)),
                ("weekday", occurrence.Date.DayOfWeek.ToString()),
                ("start_utc", Clock.Format(utcStart.TimeOfDay)),
                ("end_utc", Clock.Format(utcEnd.TimeOfDay)),
                ("start_local", Clock.Format(occurrence.Start.TimeOfDay)),
                ("end_local", Clock.Format(occurrence.End.TimeOfDay)),
                ("zone", occurrence.Start.Zone.Id),
                ("utc_offset", UtcOffset.Format(occurrence.Start.Offset)),
                ("minutes", model.MeetingMinutes),
                ("location", model.Location),
                ("status", occurrence.Status.ToString().ToLowerInvariant()),
                ("reason", occurrence.Reason))),
            ("times", model.Times.Select(t => Make(
                ("person", t.Person),
                ("zone", t.Zone.Id),
                ("date", IsoDate.Format(t.Start.Date)),
                ("weekday", t.Start.DayOfWeek.ToString()),
                ("start", Clock.Format(t.Start.TimeOfDay)),
                ("end", Clock.Format(t.End.TimeOfDay)),
                ("utc_offset", UtcOffset.Format(t.Start.Offset)),
                ("day_shift", t.DayShift),
                ("day_note", t.DayShift == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({t.DayShift:+0;-0} day)")))).ToList<object>()),
            ("roles", model.Roles.Select(r => Make(
                ("role", r.Role), ("title", Capitalize(r.Role)), ("person", r.Person))).ToList<object>()),
            ("members", model.Members.Select(m => Make(("name", m))).ToList<object>()),
            ("topics", model.Topics.Select(TopicHash).ToList<object>()),
            ("deferred", model.Deferred.Select(TopicHash).ToList<object>()),
            ("actions", model.Actions.Select(a => Make(
                ("text", a.Text),
                ("owners", a.Owners.ToList<object>()),
                ("owners_text", string.Join(", ", a.Owners)),
                ("age_meetings", a.AgeMeetings),
                ("age_days", a.AgeDays),
                ("age", $"{Count(a.AgeMeetings, "meeting")} / {Count(a.AgeDays, "day")}"),
                ("origin_date", IsoDate.Format(a.OriginDate)),
                ("origin_title", a.OriginTitle),
                ("link", a.Link))).ToList<object>()),
            ("questions", model.Questions.Select(q => Make(
                ("text", q.Text),
                ("origin_date", q.OriginDate is { } d ? IsoDate.Format(d) : null),
                ("origin_title", q.OriginTitle))).ToList<object>()),
            ("topic_minutes", model.TopicMinutes),
            ("overflow_minutes", model.OverflowMinutes),
            ("overflow_warning", model.OverflowWarning));
    }

    private static Hash TopicHash(AgendaTopic topic) =>
        Make(("title", topic.Title), ("minutes", topic.Minutes), ("proposer", topic.Proposer), ("link", topic.Link));

    private static string Count(int n, string unit) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + unit + (n == 1 ? "" : "s");

    private static string Capitalize(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static Hash Make(params (string Name, object? Value)[] members)
    {
        var hash = new Hash();
        foreach (var (name, value) in members)
        {
            hash[name] = value;
        }

        return hash;
    }
}
