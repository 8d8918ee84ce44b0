using Docket.Store.Model;

namespace Docket.Store.Access;

/// <summary>
/// Who is asking: an account's roles per team (through a cookie), an API token's (one team, capped
/// by its scope), or nobody. Every read and write of the web server is decided from this alone,
/// by <see cref="AccessRules"/>.
/// </summary>
public sealed class Viewer
{
    private readonly IReadOnlyDictionary<int, TeamRole> _roles;

    private Viewer(int? accountId, string? displayName, IReadOnlyDictionary<int, TeamRole> roles, TokenScope? tokenScope)
    {
        AccountId = accountId;
        DisplayName = displayName;
        _roles = roles;
        TokenScope = tokenScope;
        ReaderTeams = roles.Keys.Order().ToArray();
        MemberTeams = roles.Where(r => r.Value >= TeamRole.Member).Select(r => r.Key).Order().ToArray();
    }

    public static Viewer Anonymous { get; } = new(null, null, new Dictionary<int, TeamRole>(), null);

    /// <summary>Signed in with a cookie: every team the account belongs to.</summary>
    public static Viewer ForAccount(int accountId, string displayName, IReadOnlyDictionary<int, TeamRole> roles) =>
        new(accountId, displayName, roles, null);

    /// <summary>An API token: its one team, with the account's role there, and writes only with a write scope.</summary>
    public static Viewer ForToken(int accountId, string displayName, int teamId, TeamRole? role, TokenScope scope) =>
        new(accountId, displayName, role is { } r ? new Dictionary<int, TeamRole> { [teamId] = r } : new Dictionary<int, TeamRole>(), scope);

    public int? AccountId { get; }

    public string? DisplayName { get; }

    public bool IsSignedIn => AccountId is not null;

    /// <summary>Set when the viewer came with an API token.</summary>
    public TokenScope? TokenScope { get; }

    /// <summary>Teams whose indexed content the viewer reads (any role).</summary>
    public IReadOnlyList<int> ReaderTeams { get; }

    /// <summary>Teams whose private content the viewer reads (member or owner).</summary>
    public IReadOnlyList<int> MemberTeams { get; }

    public TeamRole? RoleIn(int teamId) => _roles.TryGetValue(teamId, out var role) ? role : null;

    private bool MayWrite => TokenScope is null or Model.TokenScope.Write;

    /// <summary>Propose topics, edit notes, tick off actions, make the next meeting.</summary>
    public bool CanWrite(int teamId) => MayWrite && RoleIn(teamId) >= TeamRole.Member;

    /// <summary>Manage members, series and access levels.</summary>
    public bool CanManage(int teamId) => MayWrite && RoleIn(teamId) == TeamRole.Owner;
}
