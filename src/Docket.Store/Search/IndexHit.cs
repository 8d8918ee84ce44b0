using Docket.Store.Model;

namespace Docket.Store.Search;

/// <summary>A row the index found: the entry and its highlighted snippet.</summary>
public sealed record IndexHit(long EntryId, int MeetingId, SearchKind Kind, int Line, string Text, string Snippet);
