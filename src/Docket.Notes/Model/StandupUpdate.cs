namespace Docket.Notes.Model;

/// <summary>One person's standup block.</summary>
/// <param name="Person">The person, without a leading <c>@</c>.</param>
/// <param name="Done">What was done since last time.</param>
/// <param name="Planned">What comes next.</param>
/// <param name="Blocked">What is stuck.</param>
/// <param name="Line">The 1-based source line.</param>
public sealed record StandupUpdate(string Person, IReadOnlyList<string> Done, IReadOnlyList<string> Planned, IReadOnlyList<string> Blocked, int Line);
