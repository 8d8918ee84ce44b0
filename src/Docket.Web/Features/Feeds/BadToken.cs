using Docket.Store.Access;
using Docket.Web.Access;

namespace Docket.Web.Features.Feeds;

/// <summary>
/// Endpoints open to anyone still refuse a token that is unknown or revoked: answering as if no token
/// was sent would hide from a feed reader that its token no longer works.
/// </summary>
internal static class BadToken
{
    public static bool Sent(HttpRequest request, Viewer viewer) =>
        TokenAuthentication.SecretFrom(request) is { Length: > 0 } && !viewer.IsSignedIn;

    public static IResult Refusal() =>
        Results.Problem(title: "Token not accepted", detail: "The token is unknown or revoked.", statusCode: StatusCodes.Status401Unauthorized);
}
