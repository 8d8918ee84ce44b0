namespace Docket.Notes.Model;

/// <summary>An entry of the agenda.</summary>
/// <param name="Title">The item's words, markers and emphasis removed.</param>
/// <param name="Minutes">Its time box, when the notes give one.</param>
/// <param name="Proposer">Who proposed it (<c>(Aaron) topic</c>), when the notes say.</param>
/// <param name="Line">The 1-based source line.</param>
public sealed record AgendaItem(string Title, int? Minutes, string? Proposer, int Line);
