namespace Docket.Store.Search.Query;

/// <summary>Why a search could not be understood: a result for the user, not an exception.</summary>
/// <param name="Message">What is wrong and how to fix it, for a person; it names the column too.</param>
/// <param name="Column">The 1-based position of the problem in the search text, counted in UTF-16 code units
/// (the way JavaScript indexes strings, so a web page can point at it).</param>
public sealed record SearchQueryError(string Message, int Column)
{
    /// <summary>The message.</summary>
    public override string ToString() => Message;
}
