namespace Docket.Web.Features.Teams;

/// <summary>A person of the team a membership can be linked to.</summary>
public sealed record PersonChoice(int Id, string Name);
