namespace Docket.Web.Features.Search;

/// <summary>Hits of one search, or the friendly message saying why there are none.</summary>
public sealed record FoundPage(IReadOnlyList<FoundItem> Items, int Total, bool TotalIsCapped, string? Error)
{
    public static FoundPage Failed(string message) => new([], 0, false, message);
}
