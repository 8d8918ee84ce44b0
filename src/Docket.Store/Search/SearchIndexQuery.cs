using Docket.Store.Model;
using NodaTime;

namespace Docket.Store.Search;

/// <summary>
/// A search reduced to what the database runs: compiled full-text text (never user text) and
/// resolved ids. Built by <see cref="SearchService"/> only.
/// </summary>
public sealed record SearchIndexQuery
{
    /// <summary>Counting stops here: "1000+ results" is as useful as an exact count and far cheaper.</summary>
    public const int CountCap = 1000;

    /// <summary>FTS5 MATCH text compiled from the parsed query; null when the query has no words.</summary>
    public string? Fts5 { get; init; }

    /// <summary>tsquery text compiled from the parsed query; null when the query has no words.</summary>
    public string? TsQuery { get; init; }

    public IReadOnlyCollection<SearchKind> Kinds { get; init; } = [];

    /// <summary>Null: any series.</summary>
    public IReadOnlyCollection<int>? Series { get; init; }

    /// <summary>Meetings left out whatever else matches: those the asker may not read in series they may.</summary>
    public IReadOnlyCollection<int> HiddenMeetings { get; init; } = [];

    /// <summary>Each inner list is one <c>who:</c>: an entry must be about one of its people, for every list.</summary>
    public IReadOnlyList<IReadOnlyCollection<int>> People { get; init; } = [];

    public LocalDate? Since { get; init; }

    public LocalDate? Until { get; init; }

    public int Limit { get; init; } = 20;
}
