namespace Docket.Web.Features.Search;

/// <summary>The best hits, best first, and how many the viewer may see in all (capped: see <c>totalIsCapped</c>).</summary>
public sealed record SearchApiResponse(int Total, bool TotalIsCapped, IReadOnlyList<SearchApiHit> Hits);
