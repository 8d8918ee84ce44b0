using System.Text.Encodings.Web;
using System.Text.Json;
using Docket.Notes.Model;
using NodaTime;
using NodaTime.Text;

namespace Docket.Notes.Json;

/// <summary>
/// Writes the <c>docket.notes/v1</c> JSON form (<c>shared/design/notes-model.md</c>): every key
/// always present, in the documented order, unknown values as <c>null</c> or <c>[]</c>.
/// </summary>
public static class NotesJson
{
    /// <summary>The schema name written in every document.</summary>
    public const string Schema = "docket.notes/v1";

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    // ISO 8601 with the offset always as +HH:mm, so readers see one shape (no "Z").
    private static readonly OffsetDateTimePattern StartPattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions Compact = Indented with { Indented = false };

    /// <summary>Serialises one document as UTF-8 JSON.</summary>
    public static void Write(NotesDocument document, Stream output, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var writer = new Utf8JsonWriter(output, indented ? Indented : Compact);
        Write(document, writer);
    }

    /// <summary>Serialises one document to a string.</summary>
    public static string ToJson(NotesDocument document, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(document, stream, indented);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Serialises one document with a caller's writer.</summary>
    public static void Write(NotesDocument document, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteString("source", document.Source);
        writer.WriteStartArray("meetings");
        foreach (var meeting in document.Meetings)
        {
            WriteMeeting(writer, meeting);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteMeeting(Utf8JsonWriter w, Meeting m)
    {
        w.WriteStartObject();
        WriteNullable(w, "title", m.Title);
        WriteNullable(w, "series", m.Series);
        if (m.Number is { } number)
        {
            w.WriteNumber("number", number);
        }
        else
        {
            w.WriteNull("number");
        }

        WriteNullable(w, "date", m.Date is { } date ? DatePattern.Format(date) : null);
        WriteNullable(w, "start", m.Start is { } start ? StartPattern.Format(start) : null);
        WriteNullable(w, "end", m.End is { } end ? StartPattern.Format(end) : null);
        WriteNullable(w, "timeZone", m.TimeZone);
        WriteNullable(w, "location", m.Location);

        w.WriteStartObject("roles");
        foreach (var (role, people) in m.Roles)
        {
            WriteStrings(w, role, people);
        }

        w.WriteEndObject();
        WriteStrings(w, "attendees", m.Attendees);

        w.WriteStartArray("agenda");
        foreach (var item in m.Agenda)
        {
            w.WriteStartObject();
            w.WriteString("title", item.Title);
            if (item.Minutes is { } minutes)
            {
                w.WriteNumber("minutes", minutes);
            }
            else
            {
                w.WriteNull("minutes");
            }

            WriteNullable(w, "proposer", item.Proposer);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("decisions");
        foreach (var decision in m.Decisions)
        {
            w.WriteStartObject();
            w.WriteString("text", decision.Text);
            WriteNullable(w, "topic", decision.Topic);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("actions");
        foreach (var action in m.Actions)
        {
            w.WriteStartObject();
            w.WriteString("text", action.Text);
            WriteStrings(w, "assignees", action.Assignees);
            w.WriteBoolean("done", action.Done);
            WriteNullable(w, "due", action.Due is { } due ? DatePattern.Format(due) : null);
            WriteNullable(w, "topic", action.Topic);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("questions");
        foreach (var question in m.Questions)
        {
            w.WriteStartObject();
            w.WriteString("text", question.Text);
            WriteNullable(w, "topic", question.Topic);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("updates");
        foreach (var update in m.Updates)
        {
            w.WriteStartObject();
            w.WriteString("person", update.Person);
            WriteStrings(w, "done", update.Done);
            WriteStrings(w, "planned", update.Planned);
            WriteStrings(w, "blocked", update.Blocked);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteStrings(w, "references", m.References);
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
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

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
