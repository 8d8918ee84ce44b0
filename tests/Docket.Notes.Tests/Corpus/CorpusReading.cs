namespace Docket.Notes.Tests.Corpus;

/// <summary>One corpus file and what reading it gave.</summary>
/// <param name="Path">The path under the corpus folder, with <c>/</c>.</param>
/// <param name="Source">The corpus source (its top folder), e.g. <c>hypha</c>.</param>
/// <param name="Blank">Whether the file holds nothing but whitespace (then refusing it is right).</param>
/// <param name="Result">The reader's answer, when it gave one in time.</param>
/// <param name="Problem">The exception or timeout, when it did not.</param>
public sealed record CorpusReading(string Path, string Source, bool Blank, ReadResult? Result, string? Problem);
