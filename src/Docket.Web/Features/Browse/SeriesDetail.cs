namespace Docket.Web.Features.Browse;

/// <summary>A series with its next meetings; <paramref name="Readable"/> says whether the viewer reads its content.</summary>
public sealed record SeriesDetail(
    string Slug,
    string Name,
    string Access,
    int Meetings,
    bool Readable,
    string? Cadence,
    string? Location,
    IReadOnlyList<UpcomingMeeting> Upcoming,
    string Url);
