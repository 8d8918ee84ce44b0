namespace Docket.Web.Features.Shared;

/// <summary>
/// <c>?page=2&amp;size=50</c> on list endpoints: pages from 1, sizes 1 to 200 (default 50).
/// Out-of-range values are clamped, not errors: a client asking for too much gets the most allowed.
/// </summary>
public sealed record Paging(int Page, int Size)
{
    public const int DefaultSize = 50;

    public const int MaxSize = 200;

    public int Skip => (Page - 1) * Size;

    public static Paging From(int? page, int? size) =>
        new(Math.Max(1, page ?? 1), Math.Clamp(size ?? DefaultSize, 1, MaxSize));
}
