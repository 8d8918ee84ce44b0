using System.Globalization;
using Docket.Meetings.Roles;
using Docket.Meetings.Scheduling;

namespace Docket.Meetings.Templates;

/// <summary>Everything an agenda template can show about the next meeting.</summary>
public sealed record AgendaModel
{
    /// <summary>The series' name, e.g. <c>Crates.io Weekly Team Meeting</c>.</summary>
    public required string Series { get; init; }

    /// <summary>The meeting's number in its series (shown as <c>#004</c>).</summary>
    public required int Number { get; init; }

    /// <summary>The meeting: date, start and end in the series' zone.</summary>
    public required Occurrence Occurrence { get; init; }

    /// <summary>The meeting's title; by default the series' name and number.</summary>
    public string? Title { get; init; }

    /// <summary>A place or a link.</summary>
    public string? Location { get; init; }

    /// <summary>The members, in the series' order (standup blocks, attendance).</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>The meeting's time for each member (<see cref="MeetingTimes.For"/>).</summary>
    public IReadOnlyList<MemberTime> Times { get; init; } = [];

    /// <summary>Who holds which role (<see cref="RoleRotation.For"/>).</summary>
    public IReadOnlyList<RoleHolder> Roles { get; init; } = [];

    /// <summary>Topics proposed for this meeting.</summary>
    public IReadOnlyList<AgendaTopic> Topics { get; init; } = [];

    /// <summary>Open action items carried over from earlier meetings.</summary>
    public IReadOnlyList<CarriedAction> Actions { get; init; } = [];

    /// <summary>Topics earlier meetings did not reach.</summary>
    public IReadOnlyList<AgendaTopic> Deferred { get; init; } = [];

    /// <summary>Questions earlier meetings left open.</summary>
    public IReadOnlyList<OpenQuestion> Questions { get; init; } = [];

    /// <summary><c>#004</c>.</summary>
    public string NumberText => "#" + Number.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>The title, or the series' name and number.</summary>
    public string EffectiveTitle => Title ?? $"{Series} {NumberText}";

    /// <summary>The minutes the topics' time boxes add up to.</summary>
    public int TopicMinutes => Topics.Sum(t => t.Minutes ?? 0);

    /// <summary>The meeting's length in minutes.</summary>
    public int MeetingMinutes => (int)(Occurrence.EndInstant - Occurrence.Instant).TotalMinutes;

    /// <summary>How many minutes the time boxes run over the meeting's length; 0 when they fit.</summary>
    public int OverflowMinutes => Math.Max(0, TopicMinutes - MeetingMinutes);

    /// <summary>A warning when the topics do not fit, else <c>null</c>.</summary>
    public string? OverflowWarning => OverflowMinutes == 0 ? null
        : string.Create(CultureInfo.InvariantCulture, $"the topics need {TopicMinutes} minutes but the meeting has {MeetingMinutes} ({OverflowMinutes} over)");
}
