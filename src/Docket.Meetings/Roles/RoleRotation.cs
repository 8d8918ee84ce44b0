namespace Docket.Meetings.Roles;

/// <summary>
/// Rotating roles (moderator, notetaker...) through a team, decided by the meeting number alone so
/// that anyone can tell who is up next: role <c>i</c> at meeting <c>n</c> falls to
/// <c>members[(n + offset + i) % count]</c>. Someone away is passed over for the next member in
/// order; one person holds two roles only when too few are around to go round.
/// </summary>
public sealed class RoleRotation
{
    public RoleRotation(IEnumerable<string> roles, IEnumerable<string> members, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(members);
        Roles = Clean(roles, "role");
        Members = Clean(members, "member");
        Offset = offset;
        if (Roles.Count == 0)
        {
            throw new ArgumentException("a rotation needs at least one role", nameof(roles));
        }
    }

    /// <summary>The roles, in the order they are handed out.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>The members, in rotation order.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>Shifts the rotation: lets a series start with anyone.</summary>
    public int Offset { get; }

    /// <summary>Who holds each role at meeting <paramref name="meetingNumber"/>, passing over those <paramref name="away"/>.</summary>
    public IReadOnlyList<RoleHolder> For(int meetingNumber, IEnumerable<string>? away = null)
    {
        var absent = new HashSet<string>(away ?? [], StringComparer.OrdinalIgnoreCase);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var holders = new List<RoleHolder>(Roles.Count);
        var count = Members.Count;
        for (var i = 0; i < Roles.Count; i++)
        {
            string? holder = null;
            if (count > 0)
            {
                var first = Modulo((long)meetingNumber + Offset + i, count);
                var order = Enumerable.Range(0, count).Select(k => Members[(first + k) % count]).Where(m => !absent.Contains(m)).ToList();
                holder = order.FirstOrDefault(m => !taken.Contains(m)) ?? order.FirstOrDefault();
            }

            if (holder is not null)
            {
                taken.Add(holder);
            }

            holders.Add(new RoleHolder(Roles[i], holder));
        }

        return holders;
    }

    /// <summary>Who holds <paramref name="role"/> at meeting <paramref name="meetingNumber"/>.</summary>
    public string? HolderOf(string role, int meetingNumber, IEnumerable<string>? away = null)
    {
        if (!Roles.Contains(role, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{role}' is not one of the roles ({string.Join(", ", Roles)})", nameof(role));
        }

        return For(meetingNumber, away).First(h => h.Role.Equals(role, StringComparison.OrdinalIgnoreCase)).Person;
    }

    private static int Modulo(long value, int count) => (int)(((value % count) + count) % count);

    private static List<string> Clean(IEnumerable<string> names, string what)
    {
        var list = new List<string>();
        foreach (var name in names)
        {
            var trimmed = name?.Trim() ?? "";
            if (trimmed.Length == 0)
            {
                throw new ArgumentException($"a {what} name is empty");
            }

            if (list.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"the {what} '{trimmed}' is listed twice");
            }

            list.Add(trimmed);
        }

        return list;
    }
}
