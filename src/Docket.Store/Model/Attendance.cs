namespace Docket.Store.Model;

/// <summary>A person present at a meeting.</summary>
public sealed class Attendance : MeetingItem
{
    public int PersonId { get; internal set; }

    public Person Person { get; internal set; } = null!;
}
