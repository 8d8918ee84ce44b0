namespace Docket.Web.Features.Browse;

/// <summary>A person with what the viewer may read of them, across the team's series.</summary>
public sealed record PersonDetail(
    int Id,
    string Name,
    string Team,
    IReadOnlyList<ActionSummary> Open,
    IReadOnlyList<ActionSummary> Done,
    IReadOnlyList<StandupItem> Standups,
    string Url);
