using System.Text.Json;
using Docket.Notes.Json;
using Docket.Notes.Model;
using NodaTime;

namespace Docket.Notes.Tests.Seeds;

public sealed class SeedComparisonTests
{
    private static readonly Meeting Sample = new()
    {
        Title = "Crates.io Weekly Team Meeting #004",
        Number = 4,
        Date = new LocalDate(2020, 10, 2),
        Start = new LocalDateTime(2020, 10, 2, 20, 30).WithOffset(Offset.Zero),
        TimeZone = "UTC",
        Roles = new Dictionary<string, IReadOnlyList<string>> { ["notetaker"] = ["bl"] },
        Attendees = ["bl", "yj"],
        Agenda = [new AgendaItem("Personal Checkins", 5, null, 1)],
        Decisions = [new Decision("push to next week", "Hacktoberfest", 1)],
        Actions = [new ActionItem("add summary", ["bl"], false, null, "Task Board Review", 1)],
        Questions = [new Question("do we still use this?", null, 1)],
        References = ["#246", "https://example.org/a"],
    };

    [Fact]
    public void Compare_SameDocument_FindsNothing()
    {
        Assert.Empty(Compare([Sample], [Sample]));
    }

    [Fact]
    public void Compare_TextsDifferingInMarkersCaseAndOrder_FindsNothing()
    {
        var actual = Sample with
        {
            Attendees = ["YJ", "bl"],
            Roles = new Dictionary<string, IReadOnlyList<string>> { ["notetaker"] = ["BL"] },
            Decisions = [new Decision("[DECISION] **Push to next week.**", "hacktoberfest", 9)],
            Questions = [new Question("Do we still use this", null, 9)],
            References = ["https://example.org/a", "#246"],
        };

        Assert.Empty(Compare([Sample], [actual]));
    }

    [Fact]
    public void Compare_DifferentAssignee_NamesMeetingFieldAndItem()
    {
        var actual = Sample with { Actions = [new ActionItem("add summary", ["yj"], false, null, "Task Board Review", 1)] };

        var problems = Compare([Sample], [actual]);

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.StartsWith("meeting 0 (2020-10-02) actions:", p, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("missing", StringComparison.Ordinal) && p.Contains("[bl]", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unexpected", StringComparison.Ordinal) && p.Contains("[yj]", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_DuplicateDecisionMissing_CountsItAsMultiset()
    {
        var twice = Sample with { Decisions = [.. Sample.Decisions, .. Sample.Decisions] };

        var problems = Compare([twice], [Sample]);

        Assert.Equal(["meeting 0 (2020-10-02) decisions: missing    {text \"push to next week\", topic \"Hacktoberfest\"}"], problems);
    }

    [Fact]
    public void Compare_ExactFieldsDiffer_ReportsEachField()
    {
        var actual = Sample with
        {
            Start = new LocalDateTime(2020, 10, 2, 14, 30).WithOffset(Offset.Zero),
            Number = null,
            Location = "Discord",
            Agenda = [new AgendaItem("Personal Checkins", 10, null, 1)],
            References = ["#246"],
        };

        var problems = Compare([Sample], [actual]);

        Assert.Equal(
            [
                "meeting 0 (2020-10-02) start: expected \"2020-10-02T20:30:00+00:00\", got \"2020-10-02T14:30:00+00:00\"",
                "meeting 0 (2020-10-02) location: expected null, got \"Discord\"",
                "meeting 0 (2020-10-02) number: expected 4, got null",
                "meeting 0 (2020-10-02) agenda[0].minutes: expected 5, got 10 (\"Personal Checkins\")",
                "meeting 0 (2020-10-02) references: missing \"https://example.org/a\"",
            ],
            problems);
    }

    [Fact]
    public void Compare_MeetingMissing_PairsTheRestByDate()
    {
        var later = Sample with { Date = new LocalDate(2020, 10, 9) };

        var problems = Compare([Sample, later], [later]);

        Assert.Equal(["meeting count: expected 2, got 1", "meeting 0 (2020-10-02): missing from Docket's output"], problems);
    }

    [Fact]
    public void Compare_ExpectedLacksAKey_SaysWhich()
    {
        using var expected = JsonDocument.Parse("""{ "meetings": [ { "date": "2020-10-02", "title": "x" } ] }""");
        using var actual = Json([Sample]);

        var error = Assert.Throws<InvalidDataException>(() => SeedComparison.Compare(expected.RootElement, actual.RootElement));
        Assert.Contains("\"series\"", error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Compare(IReadOnlyList<Meeting> expected, IReadOnlyList<Meeting> actual)
    {
        using var want = Json(expected);
        using var got = Json(actual);
        return SeedComparison.Compare(want.RootElement, got.RootElement);
    }

    private static JsonDocument Json(IReadOnlyList<Meeting> meetings) =>
        JsonDocument.Parse(NotesJson.ToJson(new NotesDocument("test.md", meetings)));
}
