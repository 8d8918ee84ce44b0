using NodaTime;

namespace Docket.Store.Model;

/// <summary>One meeting of a series, as read from its notes.</summary>
public sealed class Meeting
{
    private Meeting()
    {
        Key = Notes = "";
    }

    internal Meeting(Series series, SourceFile source, string key)
    {
        Series = series;
        Source = source;
        Key = key;
        Notes = "";
    }

    public int Id { get; private set; }

    public int SeriesId { get; private set; }

    public Series Series { get; private set; } = null!;

    public int SourceId { get; private set; }

    public SourceFile Source { get; private set; } = null!;

    /// <summary>The meeting's identity within its file (its date, or its position when undated), kept across re-imports.</summary>
    public string Key { get; private set; }

    /// <summary>Position of the meeting in its file, from 0.</summary>
    public int Ordinal { get; internal set; }

    public string? Title { get; internal set; }

    public int? Number { get; internal set; }

    public LocalDate? Date { get; internal set; }

    public Instant? StartsAt { get; internal set; }

    public Instant? EndsAt { get; internal set; }

    /// <summary>The UTC offset, in seconds, the notes' times were written in.</summary>
    public int? OffsetSeconds { get; internal set; }

    public string? TimeZone { get; internal set; }

    public string? Location { get; internal set; }

    /// <summary>Overrides the series' access level for this meeting alone.</summary>
    public AccessLevel? Access { get; private set; }

    public int Line { get; internal set; }

    public int EndLine { get; internal set; }

    /// <summary>The meeting's own lines of the notes, as written.</summary>
    public string Notes { get; internal set; }

    public List<AgendaEntry> Agenda { get; private set; } = [];

    public List<DecisionEntry> Decisions { get; private set; } = [];

    public List<QuestionEntry> Questions { get; private set; } = [];

    public List<StandupEntry> Updates { get; private set; } = [];

    public List<Attendance> Attendance { get; private set; } = [];

    public List<RoleAssignment> Roles { get; private set; } = [];

    /// <summary>
    /// The links and issue references the notes mention (<c>#246</c>, <c>gomods/athens#1211</c>, a URL),
    /// in order, each read from the meeting's own lines. A list on the meeting rather than a row each:
    /// they are only ever read with their meeting, and a busy archive has ten per meeting.
    /// </summary>
    public List<string> References { get; internal set; } = [];

    public List<ActionMention> ActionMentions { get; private set; } = [];

    public OffsetDateTime? Start => StartsAt is { } at && OffsetSeconds is { } s ? at.WithOffset(Offset.FromSeconds(s)) : null;

    public OffsetDateTime? End => EndsAt is { } at && OffsetSeconds is { } s ? at.WithOffset(Offset.FromSeconds(s)) : null;

    public AccessLevel EffectiveAccess => Access is { } own && own > Series.Access ? own : Series.Access;

    public void ChangeAccess(AccessLevel? access) => Access = access;
}
