namespace Docket.Demo.Story;

/// <summary>
/// What a series talks about, meeting by meeting: <see cref="Weeks"/> maps a meeting's index
/// (0 is the oldest of <see cref="Length"/>) to its topics; every meeting also takes one routine topic in turn.
/// </summary>
internal sealed record DemoScript(IReadOnlyDictionary<int, DemoTopic[]> Weeks, IReadOnlyList<DemoTopic> Routine)
{
    /// <summary>How many meetings each series has: twenty weeks, a little under five months.</summary>
    public const int Length = 20;

    public IReadOnlyList<DemoTopic> TopicsOf(int index)
    {
        var own = Weeks.TryGetValue(index, out var topics) ? topics : [];
        return Routine.Count == 0 ? own : [.. own, Routine[index % Routine.Count]];
    }
}
