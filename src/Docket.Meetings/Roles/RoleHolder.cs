namespace Docket.Meetings.Roles;

/// <summary>Who holds a role at one meeting; <c>null</c> when nobody can (everyone away).</summary>
public sealed record RoleHolder(string Role, string? Person);
