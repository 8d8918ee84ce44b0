using System.Security.Cryptography;
using System.Text;

namespace Docket.Web.Access;

/// <summary>Makes token secrets and their stored hashes. A secret is <c>dkt_</c> and 43 base64url characters (256 random bits).</summary>
public static class ApiTokens
{
    public const string SecretPrefix = "dkt_";

    public static string NewSecret() =>
        SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret ?? throw new ArgumentNullException(nameof(secret)))));

    /// <summary>What lists show of a token: enough to tell it apart, too little to use.</summary>
    public static string Prefix(string secret) => secret.Length > SecretPrefix.Length + 6 ? secret[..(SecretPrefix.Length + 6)] : secret;
}
