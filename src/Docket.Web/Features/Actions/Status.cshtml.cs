using Docket.Store.Actions;
using Docket.Store.Model;
using Docket.Web.Features.Meetings;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Docket.Web.Features.Actions;

/// <summary>
/// Ticks an action item off (or reopens or drops it): a plain form post that redirects back to the
/// meeting, or, from htmx, the item's new HTML alone.
/// </summary>
public sealed class StatusModel(MeetingReader reader, ActionList actions) : DocketPage
{
    [BindProperty]
    public string? Status { get; set; }

    /// <summary>The meeting the item was ticked off from, to show it as that meeting mentions it.</summary>
    [BindProperty]
    public int? Meeting { get; set; }

    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var item = await reader.ReadActionAsync(id, Meeting, Viewer, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (!item.CanWrite)
        {
            return Viewer.IsSignedIn ? StatusCode(StatusCodes.Status403Forbidden) : Challenge();
        }

        if (!ActionStatusText.TryParse(Status, out var status))
        {
            return BadRequest();
        }

        await actions.MarkAsync(id, status, cancellationToken);
        if (Request.Headers.ContainsKey("HX-Request"))
        {
            var changed = await reader.ReadActionAsync(id, item.MeetingId, Viewer, cancellationToken);
            return Partial("/Features/Meetings/_ActionItem.cshtml", changed);
        }

        return Redirect($"/meetings/{item.MeetingId}#action-{id}");
    }
}
