using Docket.Web.Features.Shared;

namespace Docket.Web.Features.Errors;

/// <summary>
/// The page for an error status. A 404 says the same whether the thing is missing or private, so an
/// outsider learns nothing from it.
/// </summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorModel : DocketPage
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        (Heading, Explanation) = code switch
        {
            404 => ("Not found", "There is no such page here, or it is not yours to see. Signing in may help."),
            403 => ("Not allowed", "Your role in this team does not allow this."),
            429 => ("Too many requests", "Slow down, and try again in a minute."),
            _ => ("Something went wrong", "The server could not answer this request."),
        };
        // Re-executed error pages keep the original status.
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
    }

    /// <summary>A failed form post is re-executed as a post.</summary>
    public void OnPost(int code) => OnGet(code);
}
