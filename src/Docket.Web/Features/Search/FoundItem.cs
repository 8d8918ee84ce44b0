using Docket.Store.Model;
using NodaTime;

namespace Docket.Web.Features.Search;

/// <summary>One hit with where it was found, ready for a page or the API.</summary>
public sealed record FoundItem(
    int MeetingId,
    string Team,
    string Series,
    string SeriesName,
    string? MeetingTitle,
    LocalDate? Date,
    SearchKind Kind,
    string File,
    int Line,
    IReadOnlyList<HighlightRun> Text);
