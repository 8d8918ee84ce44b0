using System.Globalization;

namespace Docket.Benchmarks.Measurement;

/// <summary>
/// What the process allocated, and how many collections that cost, between two points: a
/// collection pauses every thread, so allocation on the reading thread slows the writing one too.
/// </summary>
internal readonly record struct Allocations(long Bytes, int Gen0, int Gen1, int Gen2)
{
    public static Allocations Now => new(GC.GetTotalAllocatedBytes(precise: false), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    public static Allocations operator -(Allocations after, Allocations before) =>
        new(after.Bytes - before.Bytes, after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Bytes / (1024.0 * 1024 * 1024):F2} GB allocated, {Gen0} collections: {Gen1} of them gen1 or 2, {Gen2} gen2");
}
