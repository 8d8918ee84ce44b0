using System.Globalization;

namespace Docket.Notes.Tests.Robustness;

/// <summary>What <see cref="TimeBound.Run{T}"/> saw: a value, an exception, or no answer in time.</summary>
internal sealed record TimeBoundOutcome<T>(T? Value, Exception? Error, bool TimedOut, TimeSpan Elapsed)
{
    /// <summary>A one-paragraph account for an assertion message; null when the work returned in time.</summary>
    public string? Problem(TimeSpan limit) => TimedOut
        ? string.Create(CultureInfo.InvariantCulture, $"no answer within {limit.TotalSeconds:0} s")
        : Error is null ? null : $"threw {Error.GetType().FullName}: {Error.Message}\n{Error.StackTrace}";
}
