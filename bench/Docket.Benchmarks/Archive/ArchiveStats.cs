namespace Docket.Benchmarks.Archive;

/// <summary>What the generator wrote: enough to see that it varied dates and names.</summary>
internal sealed record ArchiveStats(int Files, long Bytes, int Variants, int OldestShiftWeeks, int DatesShifted, int NamesReplaced, int Names, int Handles);
