namespace Docket.Notes.Extraction.People;

/// <summary>
/// The people a document names where a name is certain (attendees, roles, <c>@handles</c>, proposers,
/// <c>#todo name:</c> owners, standup blocks). A lowercase word like <c>el</c> or <c>carolyn</c> is read as a
/// name before <c>will</c> or <c>to</c> only when the document names that person elsewhere, or starts the line.
/// </summary>
internal sealed class KnownPeople
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string? name)
    {
        var clean = PersonName.Clean(name);
        if (clean is null)
        {
            return;
        }

        _names.Add(clean);
        // "Aaron Schlesinger" is also "Aaron" in a later "Aaron to ..." line.
        var space = clean.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            _names.Add(clean[..space]);
        }
    }

    public bool Contains(ReadOnlySpan<char> name) =>
        _names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name.TrimStart('@'));
}
