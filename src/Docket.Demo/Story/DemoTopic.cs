namespace Docket.Demo.Story;

/// <summary>One agenda topic of one meeting, with what was said, decided, asked and handed out.</summary>
internal sealed record DemoTopic(string Title, string? Proposer = null, int Minutes = 10)
{
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<string> Decisions { get; init; } = [];

    /// <summary>Open questions; each ends with <c>?</c>.</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    public IReadOnlyList<DemoAction> Actions { get; init; } = [];
}
