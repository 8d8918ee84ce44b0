namespace Docket.Web.Features.Shared;

/// <summary>One page of a list, with the total the viewer may see (counted under the same access filter).</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int Size, int Total)
{
    public bool HasMore => Page * Size < Total;
}
