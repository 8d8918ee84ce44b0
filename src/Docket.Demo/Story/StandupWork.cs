namespace Docket.Demo.Story;

/// <summary>
/// What each member of a standup works on: a list of tasks per person taken in turn, so last
/// week's "this week" is this week's "last week", and the weeks a person was blocked.
/// </summary>
internal sealed class StandupWork(IReadOnlyDictionary<string, string[]> tasks, IReadOnlyDictionary<string, (int From, int Until, string Reason)> blocked)
{
    public StandupUpdate For(string handle, int index)
    {
        var own = tasks[handle];
        string Task(int i) => own[((i % own.Length) + own.Length) % own.Length];
        var block = blocked.TryGetValue(handle, out var b) && index >= b.From && index <= b.Until ? b.Reason : null;
        return new StandupUpdate([Task(index - 1), Task(index + 7)], [Task(index)], block);
    }
}
