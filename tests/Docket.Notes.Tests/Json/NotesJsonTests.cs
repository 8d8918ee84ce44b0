using System.Text.Json;
using Docket.Notes.Json;
using Docket.Notes.Model;
using NodaTime;

namespace Docket.Notes.Tests.Json;

public sealed class NotesJsonTests
{
    [Fact]
    public void Write_EmptyMeeting_WritesEveryKeyWithNullOrEmpty()
    {
        var json = NotesJson.ToJson(new NotesDocument("a.md", [new Meeting()]));
        using var doc = JsonDocument.Parse(json);
        var meeting = doc.RootElement.GetProperty("meetings")[0];

        string[] keys = ["title", "series", "number", "date", "start", "end", "timeZone", "location", "roles", "attendees",
            "agenda", "decisions", "actions", "questions", "updates", "references"];
        Assert.Equal(keys, meeting.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, meeting.GetProperty("number").ValueKind);
        Assert.Equal(JsonValueKind.Object, meeting.GetProperty("roles").ValueKind);
        Assert.Equal(0, meeting.GetProperty("attendees").GetArrayLength());
        Assert.Equal("docket.notes/v1", doc.RootElement.GetProperty("schema").GetString());
    }

    [Fact]
    public void Write_StartInNewYorkInMay_WritesOffsetMinusFour()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var start = new LocalDateTime(2020, 5, 19, 13, 0).InZoneLeniently(zone).ToOffsetDateTime();
        var meeting = new Meeting { Date = new LocalDate(2020, 5, 19), Start = start, TimeZone = "America/New_York" };

        using var doc = JsonDocument.Parse(NotesJson.ToJson(new NotesDocument("a.md", [meeting])));
        var written = doc.RootElement.GetProperty("meetings")[0];

        Assert.Equal("2020-05-19", written.GetProperty("date").GetString());
        Assert.Equal("2020-05-19T13:00:00-04:00", written.GetProperty("start").GetString());
    }

    [Fact]
    public void Write_StartInUtc_WritesZeroOffsetNotZ()
    {
        var start = new LocalDateTime(2020, 10, 2, 20, 30).WithOffset(Offset.Zero);
        var json = NotesJson.ToJson(new NotesDocument("a.md", [new Meeting { Start = start }]));

        Assert.Contains("\"2020-10-02T20:30:00+00:00\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ActionItem_WritesTextAssigneesDoneDueTopic()
    {
        var action = new ActionItem("fix the build", ["Aaron", "Marwan"], Done: true, Due: new LocalDate(2019, 4, 1), Topic: "CI", Line: 3);
        using var doc = JsonDocument.Parse(NotesJson.ToJson(new NotesDocument("a.md", [new Meeting { Actions = [action] }])));
        var written = doc.RootElement.GetProperty("meetings")[0].GetProperty("actions")[0];

        Assert.Equal(["text", "assignees", "done", "due", "topic"], written.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["Aaron", "Marwan"], written.GetProperty("assignees").EnumerateArray().Select(e => e.GetString()));
        Assert.True(written.GetProperty("done").GetBoolean());
        Assert.Equal("2019-04-01", written.GetProperty("due").GetString());
    }
}
