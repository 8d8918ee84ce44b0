namespace Docket.Web.Access;

/// <summary>Claim types the server's two ways in (cookie, token) put on the user.</summary>
internal static class DocketClaims
{
    public const string TokenId = "docket:token";
    public const string TokenTeam = "docket:token-team";
    public const string TokenScope = "docket:token-scope";
}
