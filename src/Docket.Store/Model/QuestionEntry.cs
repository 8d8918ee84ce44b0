namespace Docket.Store.Model;

/// <summary>A question a meeting left open.</summary>
public sealed class QuestionEntry : MeetingItem
{
    public string Text { get; internal set; } = "";

    public string? Topic { get; internal set; }
}
