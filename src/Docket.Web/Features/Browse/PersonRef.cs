namespace Docket.Web.Features.Browse;

/// <summary>A person as a link: <c>/t/{team}/people/{id}</c>.</summary>
public sealed record PersonRef(int Id, string Name, string Url);
