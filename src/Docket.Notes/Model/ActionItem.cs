using NodaTime;

namespace Docket.Notes.Model;

/// <summary>Something a person or the team committed to do after the meeting.</summary>
/// <param name="Text">The item's own words, markers and emphasis removed.</param>
/// <param name="Assignees">Who owns it; empty when the notes name nobody.</param>
/// <param name="Done">Whether the notes mark it done (<c>- [x]</c>).</param>
/// <param name="Due">The due date, when the notes give one.</param>
/// <param name="Topic">The heading or parent bullet it sits under.</param>
/// <param name="Line">The 1-based source line.</param>
public sealed record ActionItem(string Text, IReadOnlyList<string> Assignees, bool Done, LocalDate? Due, string? Topic, int Line);
