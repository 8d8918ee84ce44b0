using NodaTime;

namespace Docket.Store.Model;

/// <summary>
/// A bearer token for the API and feeds, scoped to one team. Only a SHA-256 of the secret is kept:
/// the secret is shown once, when made. Tokens are random 256-bit values, so a fast hash is enough.
/// </summary>
public sealed class ApiToken
{
    private ApiToken()
    {
        Name = Hash = Prefix = "";
    }

    public ApiToken(Team team, Account account, string name, TokenScope scope, string hash, string prefix, Instant createdAt)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(account);
        Team = team;
        Account = account;
        Name = Texts.Require(name, nameof(name));
        Scope = Enum.IsDefined(scope) ? scope : throw new ArgumentOutOfRangeException(nameof(scope));
        Hash = Texts.Require(hash, nameof(hash));
        Prefix = Texts.Require(prefix, nameof(prefix));
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int TeamId { get; private set; }

    public Team Team { get; private set; } = null!;

    public int AccountId { get; private set; }

    public Account Account { get; private set; } = null!;

    public string Name { get; private set; }

    public TokenScope Scope { get; private set; }

    /// <summary>SHA-256 of the secret, lower-case hex.</summary>
    public string Hash { get; private set; }

    /// <summary>The secret's first characters, to tell tokens apart in lists.</summary>
    public string Prefix { get; private set; }

    public Instant CreatedAt { get; private set; }

    public Instant? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public void Revoke(Instant at) => RevokedAt ??= at;
}
