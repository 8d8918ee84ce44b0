using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Docket.Web.Features.Meetings;

/// <summary>One meeting: what it was, what it decided, who does what next.</summary>
[OutputCache(PolicyName = Hosting.DocketServer.AnonymousReads)]
public sealed class MeetingModel(MeetingReader reader) : DocketPage
{
    public MeetingView Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var meeting = await reader.ReadAsync(id, Viewer, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        Meeting = meeting;
        return Page();
    }
}
