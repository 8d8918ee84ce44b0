using NodaTime;

namespace Docket.Store.Model;

/// <summary>
/// One searchable piece of a meeting (a passage of notes, a decision, an action ...). Derived from the
/// meeting on every import; the provider keeps its full-text index (FTS5, tsvector) in step with it.
/// </summary>
public sealed class SearchEntry
{
    public long Id { get; internal set; }

    public int MeetingId { get; internal set; }

    public int SeriesId { get; internal set; }

    public SearchKind Kind { get; internal set; }

    public LocalDate? Date { get; internal set; }

    public int Line { get; internal set; }

    public string Text { get; internal set; } = "";

    /// <summary>The people the entry is about, as " 12 31 " (ids between spaces), for <c>who:</c>.</summary>
    public string People { get; internal set; } = "";
}
