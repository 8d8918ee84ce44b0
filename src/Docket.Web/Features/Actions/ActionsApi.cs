using System.Globalization;
using Docket.Store.Actions;
using Docket.Store.Storage;
using Docket.Web.Access;
using Docket.Web.Features.Meetings;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Features.Actions;

/// <summary><c>/api/v1/actions/{id}</c>: one action item, and ticking it off with <c>If-Match</c>.</summary>
public static class ActionsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var actions = api.MapGroup("/actions").WithTags("Actions");
        actions.MapGet("/{id:int}", GetAsync)
            .WithName("GetAction").WithSummary("An action item with its owners, status and where it was said; strong ETag.")
            .Produces<ActionResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        actions.MapPatch("/{id:int}", PatchAsync)
            .WithName("PatchAction").WithSummary("Marks an action item done, dropped or open (If-Match required).")
            .Accepts<ActionPatch>("application/json")
            .Produces<ActionResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static async Task<IResult> GetAsync(int id, HttpContext http, MeetingReader reader, DocketDbContext db, ViewerAccessor viewers, CancellationToken cancellationToken)
    {
        var item = await reader.ReadActionAsync(id, null, await viewers.GetAsync(cancellationToken), cancellationToken);
        if (item is null)
        {
            return Problems.NotFound("action item " + id.ToString(CultureInfo.InvariantCulture));
        }

        ETags.Set(http.Response, await ETagAsync(db, id, cancellationToken));
        return Results.Ok(ActionResponse.From(item));
    }

    private static async Task<IResult> PatchAsync(
        int id, [FromBody] ActionPatch request, HttpContext http, MeetingReader reader, ActionList actions, DocketDbContext db, ViewerAccessor viewers, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var item = await reader.ReadActionAsync(id, null, viewer, cancellationToken);
        if (item is null)
        {
            return Problems.NotFound("action item " + id.ToString(CultureInfo.InvariantCulture));
        }

        if (!item.CanWrite)
        {
            return Problems.CannotWrite(viewer);
        }

        if (ETags.Check(http.Request, await ETagAsync(db, id, cancellationToken)) is { } precondition)
        {
            return precondition;
        }

        if (!ActionStatusText.TryParse(request?.Status, out var status))
        {
            return Problems.Invalid("status must be \"open\", \"done\" or \"dropped\".");
        }

        await actions.MarkAsync(id, status, cancellationToken);
        var changed = await reader.ReadActionAsync(id, item.MeetingId, viewer, cancellationToken);
        ETags.Set(http.Response, await ETagAsync(db, id, cancellationToken));
        return Results.Ok(ActionResponse.From(changed!));
    }

    /// <summary>Changes with every mark, even back to an earlier status: the time of the mark is part of it.</summary>
    private static async Task<string> ETagAsync(DocketDbContext db, int id, CancellationToken cancellationToken)
    {
        var version = await db.Actions.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Status, a.MarkedAt, a.Text, a.LastMeetingId })
            .SingleAsync(cancellationToken);
        return ETags.For(string.Join('\n', id, version.Status, version.MarkedAt?.ToUnixTimeTicks(), version.Text, version.LastMeetingId));
    }

    /// <summary>The body of <c>PATCH /api/v1/actions/{id}</c>.</summary>
    public sealed record ActionPatch(string? Status);

    /// <summary>An action item as the API shows it; <c>source</c> is <c>path:line</c> of the notes that said it.</summary>
    public sealed record ActionResponse(int Id, string Text, string Status, IReadOnlyList<string> Owners, int MeetingId, string? Source)
    {
        public static ActionResponse From(MeetingActionView item)
        {
            ArgumentNullException.ThrowIfNull(item);
            return new(item.Id, item.Text, item.StatusText, item.Owners, item.MeetingId, item.SourceLocation);
        }
    }
}
