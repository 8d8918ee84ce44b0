namespace Docket.Store.Model;

/// <summary>One person's standup update in a meeting.</summary>
public sealed class StandupEntry : MeetingItem
{
    public int PersonId { get; internal set; }

    public Person Person { get; internal set; } = null!;

    public List<string> Done { get; internal set; } = [];

    public List<string> Planned { get; internal set; } = [];

    public List<string> Blocked { get; internal set; } = [];
}
