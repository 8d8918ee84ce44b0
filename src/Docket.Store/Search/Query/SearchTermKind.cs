namespace Docket.Store.Search.Query;

/// <summary>What a <see cref="SearchTerm"/> looks for.</summary>
public enum SearchTermKind
{
    /// <summary>One whole word: <c>deploy</c>.</summary>
    Word,

    /// <summary>Words next to each other, in order: <c>"gcp builds"</c>, or <c>gcp-builds</c>.</summary>
    Phrase,

    /// <summary>A word, or the last word of a phrase, that only has to start the way it is written: <c>deploy*</c>.</summary>
    Prefix,

    /// <summary>An issue or pull request reference: <c>#1211</c>, <c>private#48</c>, <c>owner/repo#12</c>.</summary>
    Reference,
}
