namespace Docket.Store.Model;

/// <summary>An entry of a meeting's agenda.</summary>
public sealed class AgendaEntry : MeetingItem
{
    public string Title { get; internal set; } = "";

    /// <summary>The time box, in minutes.</summary>
    public int? Minutes { get; internal set; }

    public string? Proposer { get; internal set; }
}
