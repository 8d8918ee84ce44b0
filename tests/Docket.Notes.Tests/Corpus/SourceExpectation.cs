namespace Docket.Notes.Tests.Corpus;

/// <summary>What a corpus source's conventions plainly hold, so a reader that finds none is wrong.</summary>
/// <param name="Meetings">The notes are dated meetings.</param>
/// <param name="Decisions">Decisions carry a marker a reader can rely on.</param>
/// <param name="Actions">Action items carry a marker or a plain commitment form.</param>
internal sealed record SourceExpectation(bool Meetings, bool Decisions, bool Actions);
