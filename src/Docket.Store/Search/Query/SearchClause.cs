namespace Docket.Store.Search.Query;

/// <summary>Terms of which a match needs at least one: a single term, or terms joined with <c>OR</c>.</summary>
public sealed record SearchClause
{
    internal SearchClause(IReadOnlyList<SearchTerm> anyOf)
    {
        AnyOf = anyOf;
    }

    /// <summary>The alternatives, in the order written; never empty.</summary>
    public IReadOnlyList<SearchTerm> AnyOf { get; }

    /// <summary>Equal when the alternatives are, in order (records compare lists by reference otherwise).</summary>
    public bool Equals(SearchClause? other) => other is not null && AnyOf.SequenceEqual(other.AnyOf);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var term in AnyOf)
        {
            hash.Add(term);
        }

        return hash.ToHashCode();
    }

    /// <summary>The clause as the query syntax writes it: <c>deploy OR release*</c>.</summary>
    public string Describe() => string.Join(" OR ", AnyOf.Select(term => term.Describe()));

    /// <summary>Same as <see cref="Describe"/>.</summary>
    public override string ToString() => Describe();
}
