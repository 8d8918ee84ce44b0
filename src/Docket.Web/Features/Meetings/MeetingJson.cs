using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Docket.Notes.Json;
using NodaTime.Text;

namespace Docket.Web.Features.Meetings;

/// <summary>
/// A stored meeting in the <c>docket.notes/v1</c> form (the keys and order of <see cref="NotesJson"/>),
/// plus the store's ids, the access level and each action item's current status. For a viewer who
/// may only list the meeting, every content key is present and empty.
/// </summary>
public static class MeetingJson
{
    private static readonly OffsetDateTimePattern StartPattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static byte[] Write(MeetingView m)
    {
        ArgumentNullException.ThrowIfNull(m);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("schema", NotesJson.Schema);
            Nullable(w, "source", m.SourcePath);
            w.WriteStartArray("meetings");
            w.WriteStartObject();
            w.WriteNumber("id", m.Id);
            w.WriteString("team", m.TeamSlug);
            w.WriteNumber("seriesId", m.SeriesId);
            w.WriteString("seriesSlug", m.SeriesSlug);
            w.WriteString("access", m.Access.ToString().ToLowerInvariant());
            w.WriteBoolean("readable", m.CanRead);
            w.WriteBoolean("webNotes", m.CanRead && m.IsWeb);
            w.WriteNumber("line", m.Line);
            Nullable(w, "title", m.Title);
            w.WriteString("series", m.SeriesName);
            if (m.Number is { } number)
            {
                w.WriteNumber("number", number);
            }
            else
            {
                w.WriteNull("number");
            }

            Nullable(w, "date", m.Date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            Nullable(w, "start", m.Start is { } start ? StartPattern.Format(start) : null);
            Nullable(w, "end", m.End is { } end ? StartPattern.Format(end) : null);
            Nullable(w, "timeZone", m.TimeZone);
            Nullable(w, "location", m.CanRead ? m.Location : null);

            w.WriteStartObject("roles");
            foreach (var role in m.Roles.GroupBy(r => r.Name))
            {
                Strings(w, role.Key, role.Select(r => r.Person));
            }

            w.WriteEndObject();
            Strings(w, "attendees", m.Attendees.Select(a => a.Name));

            w.WriteStartArray("agenda");
            foreach (var item in m.Agenda)
            {
                w.WriteStartObject();
                w.WriteNumber("id", item.Id);
                w.WriteString("title", item.Title);
                NullableNumber(w, "minutes", item.Minutes);
                Nullable(w, "proposer", item.Proposer);
                w.WriteNumber("line", item.Line);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("decisions");
            foreach (var decision in m.Decisions)
            {
                w.WriteStartObject();
                w.WriteNumber("id", decision.Id);
                w.WriteString("text", decision.Text);
                Nullable(w, "topic", decision.Topic);
                w.WriteNumber("line", decision.Line);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("actions");
            foreach (var action in m.Actions)
            {
                w.WriteStartObject();
                w.WriteNumber("id", action.Id);
                w.WriteString("text", action.Text);
                Strings(w, "assignees", action.Owners);
                w.WriteBoolean("done", action.DoneInNotes);
                Nullable(w, "due", action.Due?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
                Nullable(w, "topic", action.Topic);
                w.WriteString("status", action.StatusText);
                w.WriteNumber("line", action.Line);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("questions");
            foreach (var question in m.Questions)
            {
                w.WriteStartObject();
                w.WriteNumber("id", question.Id);
                w.WriteString("text", question.Text);
                Nullable(w, "topic", question.Topic);
                w.WriteNumber("line", question.Line);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("updates");
            foreach (var update in m.Updates)
            {
                w.WriteStartObject();
                w.WriteString("person", update.Person);
                Strings(w, "done", update.Done);
                Strings(w, "planned", update.Planned);
                Strings(w, "blocked", update.Blocked);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Strings(w, "references", m.References);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void NullableNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
