namespace Docket.Benchmarks.Corpus;

/// <summary>One corpus file held in memory, so that timing never includes the disk.</summary>
/// <param name="Path">The path below the corpus folder, e.g. <c>hypha/2020-05-19-infrastructure.md</c>.</param>
/// <param name="Text">The file's text, decoded as UTF-8.</param>
/// <param name="Bytes">The file's size on disk.</param>
internal sealed record CorpusFile(string Path, string Text, long Bytes);
