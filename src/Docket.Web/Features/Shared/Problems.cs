namespace Docket.Web.Features.Shared;

/// <summary>
/// The API's errors, as problem details. <see cref="NotFound"/> is also what anyone gets for a thing
/// they may not see: a private meeting and a missing one are indistinguishable from outside.
/// </summary>
public static class Problems
{
    public static IResult NotFound(string what) =>
        Results.Problem(title: "Not found", detail: $"There is no {what} here.", statusCode: StatusCodes.Status404NotFound);

    public static IResult Forbidden(string detail) =>
        Results.Problem(title: "Not allowed", detail: detail, statusCode: StatusCodes.Status403Forbidden);

    public static IResult Invalid(string detail) =>
        Results.Problem(title: "Invalid request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult Invalid(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "Invalid request");

    /// <summary>Writes need a signed-in viewer: 401 for nobody, 403 for a viewer without the right.</summary>
    public static IResult CannotWrite(Docket.Store.Access.Viewer viewer) =>
        viewer.IsSignedIn
            ? Forbidden("Your role in this team, or your token's scope, does not allow this.")
            : Results.Problem(title: "Sign in first", detail: "Send an API token: Authorization: Bearer dkt_...", statusCode: StatusCodes.Status401Unauthorized);
}
