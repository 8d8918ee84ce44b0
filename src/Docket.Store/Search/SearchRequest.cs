using NodaTime;

namespace Docket.Store.Search;

/// <summary>What a user asked for: the query text in Docket's syntax and the filters given as options.</summary>
public sealed record SearchRequest(string Query)
{
    public string? Series { get; init; }

    public string? Who { get; init; }

    /// <summary><c>decision</c>, <c>action</c>, <c>question</c>, <c>note</c>, <c>agenda</c> or <c>update</c>.</summary>
    public string? Kind { get; init; }

    public LocalDate? Since { get; init; }

    public LocalDate? Until { get; init; }

    public int Limit { get; init; } = 20;

    /// <summary>
    /// The series the asker may read; null means all (the command line on a local store). Results
    /// and counts are filtered by it inside the query, before ranking, so nothing else leaks.
    /// </summary>
    public IReadOnlyCollection<int>? VisibleSeries { get; init; }

    /// <summary>Meetings of visible series the asker may still not read (a stricter level of their own).</summary>
    public IReadOnlyCollection<int> HiddenMeetings { get; init; } = [];
}
