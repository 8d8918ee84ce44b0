using Docket.Store.Model;

namespace Docket.Web.Features.Teams;

/// <summary>One account in a team's member list.</summary>
public sealed record MemberRow(int AccountId, string DisplayName, string Email, TeamRole Role, int? PersonId, string? PersonName);
