namespace Docket.Store.Import;

/// <summary>One notes file to import: its path (its identity in the store) and its bytes.</summary>
public sealed record ImportRequest(string Path, ReadOnlyMemory<byte> Content)
{
    /// <summary>Puts the file in this series (by slug or name) instead of the one its notes suggest.</summary>
    public string? Series { get; init; }

    /// <summary>The slug of the team the file belongs to (it must exist); the default team when null.</summary>
    public string? Team { get; init; }
}
