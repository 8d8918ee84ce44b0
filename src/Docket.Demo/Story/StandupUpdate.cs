namespace Docket.Demo.Story;

/// <summary>One person's lines in one standup.</summary>
internal sealed record StandupUpdate(IReadOnlyList<string> Done, IReadOnlyList<string> Planned, string? Blocked);
