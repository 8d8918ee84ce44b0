namespace Docket.Web.Features.Search;

/// <summary>What a search page or API request typed: the query and its filters, as given.</summary>
public sealed record SearchFilters(string? Q, string? Series, string? Who, string? Kind, string? Since, string? Until)
{
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Q) && string.IsNullOrWhiteSpace(Series) && string.IsNullOrWhiteSpace(Who)
        && string.IsNullOrWhiteSpace(Kind) && string.IsNullOrWhiteSpace(Since) && string.IsNullOrWhiteSpace(Until);
}
