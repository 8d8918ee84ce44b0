namespace Docket.Benchmarks.Search;

/// <summary>The kinds of searches people type, each a share of the generated queries.</summary>
internal enum QueryShape
{
    /// <summary>One frequent word (rank 30 to 300 in the corpus): many hits to rank.</summary>
    CommonWord,

    /// <summary>One word of rank 1,000 to 5,000.</summary>
    MediumWord,

    /// <summary>One word the corpus holds two to four times.</summary>
    RareWord,

    /// <summary>Two words seen on one line of notes, both required.</summary>
    TwoWords,

    /// <summary>Two adjacent words of a line, as a "phrase".</summary>
    Phrase,

    /// <summary>The first four letters of a medium word, with a star.</summary>
    Prefix,

    /// <summary>A common word without a medium one: <c>release -windows</c>.</summary>
    Excluding,

    /// <summary><c>kind:decision</c> or <c>kind:action</c> and a word.</summary>
    KindFilter,

    /// <summary><c>who:NAME</c>, alone or with a word.</summary>
    WhoFilter,

    /// <summary>An issue reference seen in the notes: <c>#1234</c>.</summary>
    IssueReference,
}
