using Docket.Store.Model;

namespace Docket.Store.Planning;

/// <summary>What <c>series add</c> or <c>series edit</c> asks for; <c>null</c> leaves a setting as it is.</summary>
public sealed record SeriesSettings
{
    /// <summary>The cadence in words or as an RRULE (<c>weekly on Thursday 11:00 America/Los_Angeles</c>).</summary>
    public string? Cadence { get; init; }

    /// <summary>How long meetings last, in minutes.</summary>
    public int? DurationMinutes { get; init; }

    /// <summary>A built-in template's name, or a custom template's file name when <see cref="TemplateSource"/> is set.</summary>
    public string? Template { get; init; }

    /// <summary>A custom template's text (the caller reads the file).</summary>
    public string? TemplateSource { get; init; }

    /// <summary>The roles to rotate, in order; replaces the current ones.</summary>
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>Members to add, or to move to another zone.</summary>
    public IReadOnlyList<MemberSetting> Members { get; init; } = [];

    /// <summary>Members to take out of the series.</summary>
    public IReadOnlyList<string> RemoveMembers { get; init; } = [];

    /// <summary>Members away for now, passed over by the rotation.</summary>
    public IReadOnlyList<string> Away { get; init; } = [];

    /// <summary>Members back from being away.</summary>
    public IReadOnlyList<string> Back { get; init; } = [];

    public AccessLevel? Access { get; init; }

    public string? Location { get; init; }

    /// <summary>A new display name (the slug stays).</summary>
    public string? Name { get; init; }

    public int? RotationOffset { get; init; }

    /// <summary>The slug of the team a new series belongs to (it must exist); the default team when null. Only <c>add</c> reads it.</summary>
    public string? Team { get; init; }
}
