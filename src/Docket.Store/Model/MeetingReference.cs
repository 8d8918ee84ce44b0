namespace Docket.Store.Model;

/// <summary>A link or issue reference a meeting's notes mention (<c>#246</c>, <c>gomods/athens#1211</c>, a URL).</summary>
public sealed class MeetingReference : MeetingItem
{
    public string Value { get; internal set; } = "";
}
