namespace Docket.Store.Model;

/// <summary>An owner of an action item.</summary>
public sealed class ActionAssignee
{
    public int ActionItemId { get; internal set; }

    public int PersonId { get; internal set; }

    public Person Person { get; internal set; } = null!;
}
