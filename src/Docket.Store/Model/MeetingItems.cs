namespace Docket.Store.Model;

/// <summary>What every item read from a meeting's notes has: its meeting, its place and its source line.</summary>
public abstract class MeetingItem
{
    public int Id { get; private set; }

    public int MeetingId { get; private set; }

    public Meeting Meeting { get; private set; } = null!;

    /// <summary>Order within the meeting, from 0.</summary>
    public int Position { get; internal set; }

    /// <summary>The line of the notes file the item was read from (1-based).</summary>
    public int Line { get; internal set; }
}
