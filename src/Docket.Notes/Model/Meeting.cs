using NodaTime;

namespace Docket.Notes.Model;

/// <summary>
/// One meeting as the notes record it. Unknown values are <c>null</c> or empty, never guessed
/// (the rules of <c>docket.notes/v1</c>).
/// </summary>
public sealed record Meeting
{
    /// <summary>The meeting's own title, e.g. <c>2020-05-19 Hypha Worker Co-op: Infrastructure</c>.</summary>
    public string? Title { get; init; }

    /// <summary>The series the meeting belongs to, e.g. <c>Hypha Worker Co-op: Infrastructure</c>.</summary>
    public string? Series { get; init; }

    /// <summary>The meeting's number in its series (<c>#004</c> is 4).</summary>
    public int? Number { get; init; }

    /// <summary>The calendar date as written in the notes.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Start, with the offset in force at that place and date.</summary>
    public OffsetDateTime? Start { get; init; }

    /// <summary>End, with the offset in force at that place and date.</summary>
    public OffsetDateTime? End { get; init; }

    /// <summary>An IANA zone name or <c>UTC</c>.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Where the meeting happens: a place or a link.</summary>
    public string? Location { get; init; }

    /// <summary>Lower-case role name to the people who held it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Roles { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Names as the notes write them, without a leading <c>@</c>.</summary>
    public IReadOnlyList<string> Attendees { get; init; } = [];

    /// <summary>The agenda, in order.</summary>
    public IReadOnlyList<AgendaItem> Agenda { get; init; } = [];

    /// <summary>What the meeting settled.</summary>
    public IReadOnlyList<Decision> Decisions { get; init; } = [];

    /// <summary>What people committed to do after the meeting.</summary>
    public IReadOnlyList<ActionItem> Actions { get; init; } = [];

    /// <summary>Questions the notes leave open.</summary>
    public IReadOnlyList<Question> Questions { get; init; } = [];

    /// <summary>Per-person standup blocks.</summary>
    public IReadOnlyList<StandupUpdate> Updates { get; init; } = [];

    /// <summary>Links and issue references, in order of first appearance, without repeats.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>The 1-based source line where the meeting starts.</summary>
    public int Line { get; init; } = 1;
}
