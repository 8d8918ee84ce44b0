namespace Docket.Web.Features.Search;

/// <summary>A series the viewer may read, as an option of the search form.</summary>
public sealed record SeriesChoice(string Slug, string Label);
