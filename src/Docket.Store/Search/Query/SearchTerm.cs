namespace Docket.Store.Search.Query;

/// <summary>
/// One thing to look for. Only <see cref="SearchQueryParser"/> makes terms, so their words are always clean:
/// lowercase letters, digits and marks.
/// </summary>
public sealed record SearchTerm
{
    internal SearchTerm(SearchTermKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>What the term looks for.</summary>
    public SearchTermKind Kind { get; }

    /// <summary>
    /// The normalized term: its words joined by single spaces (<c>gcp builds</c>; for a prefix the last word is
    /// the prefix, without the '*'), or for a reference the reference itself in lowercase (<c>owner/repo#12</c>).
    /// </summary>
    public string Text { get; }

    /// <summary>
    /// The words a full-text index sees, in order. For a reference these are its parts (<c>owner repo 12</c>),
    /// because tokenizers drop '#' and '/': in text it matches as that phrase.
    /// </summary>
    public IReadOnlyList<string> Words => Kind == SearchTermKind.Reference ? SearchWords.Split(Text) : Text.Split(' ');

    /// <summary>The term as the query syntax writes it: <c>deploy</c>, <c>"gcp builds"</c>, <c>deploy*</c>, <c>#12</c>.</summary>
    public string Describe() => Kind switch
    {
        SearchTermKind.Phrase => $"\"{Text}\"",
        SearchTermKind.Prefix => Text.Contains(' ', StringComparison.Ordinal) ? $"\"{Text}\"*" : $"{Text}*",
        _ => Text,
    };

    /// <summary>Same as <see cref="Describe"/>.</summary>
    public override string ToString() => Describe();
}
