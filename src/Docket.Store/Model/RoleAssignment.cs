namespace Docket.Store.Model;

/// <summary>A person holding a role (moderator, notetaker, ...) in a meeting.</summary>
public sealed class RoleAssignment : MeetingItem
{
    /// <summary>Lower-case role name.</summary>
    public string Role { get; internal set; } = "";

    public int PersonId { get; internal set; }

    public Person Person { get; internal set; } = null!;
}
