using Docket.Meetings.Scheduling;
using Docket.Store.Model;

namespace Docket.Store.Planning;

/// <summary>A series as <c>series show</c> prints it: its settings and its next meetings.</summary>
public sealed record SeriesView(
    string Slug,
    string Name,
    AccessLevel Access,
    int Meetings,
    string? Cadence,
    string? RRule,
    string? Template,
    string? Location,
    IReadOnlyList<string> Roles,
    IReadOnlyList<SeriesMemberView> Members,
    IReadOnlyList<string> Changes,
    IReadOnlyList<Occurrence> Upcoming);
