namespace Docket.Notes.Model;

/// <summary>Something the meeting settled.</summary>
/// <param name="Text">The decision's own words, markers and emphasis removed.</param>
/// <param name="Topic">The heading or parent bullet it sits under.</param>
/// <param name="Line">The 1-based source line.</param>
public sealed record Decision(string Text, string? Topic, int Line);
