namespace Docket.Notes.Model;

/// <summary>An open question the notes leave for later.</summary>
/// <param name="Text">The question's own words, markers and emphasis removed.</param>
/// <param name="Topic">The heading or parent bullet it sits under.</param>
/// <param name="Line">The 1-based source line.</param>
public sealed record Question(string Text, string? Topic, int Line);
