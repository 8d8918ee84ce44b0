namespace Docket.Benchmarks.Import;

/// <summary>One archive file held in memory, so that neither side of a benchmark times the disk.</summary>
/// <param name="Path">The file's full path: its identity in the store, as <c>docket import</c> gives it.</param>
/// <param name="Bytes">The file's contents.</param>
internal sealed record ArchiveFile(string Path, byte[] Bytes)
{
    public static IReadOnlyList<ArchiveFile> Load(IReadOnlyList<string> paths) =>
        paths.Select(p => new ArchiveFile(p, File.ReadAllBytes(p))).ToList();
}
