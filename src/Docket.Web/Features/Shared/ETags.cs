using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Docket.Web.Features.Shared;

/// <summary>
/// Strong ETags from a resource's version text, and the <c>If-Match</c> rule for updates: an update
/// without <c>If-Match</c> gets 428, a stale one 412 — never a silent overwrite.
/// </summary>
public static class ETags
{
    public static string For(string version) =>
        "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(version)))[..32] + "\"";

    public static void Set(HttpResponse response, string etag) => response.Headers.ETag = etag;

    /// <summary>Null when the request's <c>If-Match</c> names the current version; else the problem to answer with.</summary>
    public static IResult? Check(HttpRequest request, string current)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return Results.Problem(
                title: "If-Match required",
                detail: "Send the ETag you read in If-Match, so that an update cannot overwrite one you have not seen.",
                statusCode: StatusCodes.Status428PreconditionRequired);
        }

        if (EntityTagHeaderValue.TryParseList([header], out var tags)
            && tags.Any(t => t.Tag.Value == "*" || (!t.IsWeak && t.Tag.Value == current)))
        {
            return null;
        }

        return Results.Problem(
            title: "Changed since you read it",
            detail: "Someone changed this since you read it: read it again, and send the new ETag in If-Match.",
            statusCode: StatusCodes.Status412PreconditionFailed);
    }
}
