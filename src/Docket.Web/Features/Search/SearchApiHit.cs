namespace Docket.Web.Features.Search;

/// <summary>One hit in <c>GET /api/v1/search</c>: where it is, and its text as plain and highlighted runs (never HTML).</summary>
public sealed record SearchApiHit(int MeetingId, string Team, string Series, string? Date, string Kind, string File, int Line, IReadOnlyList<HighlightRun> Text);
