using NodaTime;

namespace Docket.Benchmarks.Import;

/// <summary>The import time recorded on each source file: fixed, so two runs store the same rows.</summary>
internal sealed class FixedClock : IClock
{
    public static FixedClock Instance { get; } = new();

    public Instant GetCurrentInstant() => Instant.FromUtc(2026, 11, 23, 12, 0);
}
