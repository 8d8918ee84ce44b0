namespace Docket.Demo.Story;

/// <summary>An action item with the meetings it was born and closed in (indexes into the series' meetings).</summary>
internal sealed record LedgerEntry(DemoAction Action, int Opened, int? Closed)
{
    /// <summary>Whether the meeting at <paramref name="index"/> lists this item as carried over (open, or closed right then).</summary>
    public bool CarriedInto(int index) => Opened < index && (Closed is null || Closed >= index);

    public bool ClosedAt(int index) => Closed == index;
}
