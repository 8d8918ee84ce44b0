namespace Docket.Store.Actions;

/// <summary>Which action items to list: all by default.</summary>
public sealed record ActionFilter
{
    public bool OpenOnly { get; init; }

    /// <summary>One item by its id.</summary>
    public int? Id { get; init; }

    /// <summary>A person's name or alias (<c>Aaron</c>, <c>@hsanjuan</c>).</summary>
    public string? Who { get; init; }

    /// <summary>A series slug, name or a word of one.</summary>
    public string? Series { get; init; }

    /// <summary>One series by its id: for callers that already resolved it within a team.</summary>
    public int? SeriesId { get; init; }
}
