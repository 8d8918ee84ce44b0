namespace Docket.Store.Model;

/// <summary>Something a meeting settled.</summary>
public sealed class DecisionEntry : MeetingItem
{
    public string Text { get; internal set; } = "";

    public string? Topic { get; internal set; }
}
