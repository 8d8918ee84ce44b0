using Docket.Store.Access;
using Docket.Web.Access;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Docket.Web.Features.Shared;

/// <summary>A page that knows its <see cref="Viewer"/> before any handler runs.</summary>
public abstract class DocketPage : PageModel
{
    public Viewer Viewer { get; private set; } = Viewer.Anonymous;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        Viewer = await context.HttpContext.RequestServices.GetRequiredService<ViewerAccessor>().GetAsync(context.HttpContext.RequestAborted).ConfigureAwait(false);
        await next().ConfigureAwait(false);
    }
}
