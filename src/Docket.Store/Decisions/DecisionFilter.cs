using NodaTime;

namespace Docket.Store.Decisions;

public sealed record DecisionFilter
{
    /// <summary>A series slug, name or a word of one.</summary>
    public string? Series { get; init; }

    /// <summary>Only decisions of meetings on or after this date.</summary>
    public LocalDate? Since { get; init; }
}
