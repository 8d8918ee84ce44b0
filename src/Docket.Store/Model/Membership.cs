namespace Docket.Store.Model;

/// <summary>An account's role in a team, and the person the account is in that team's notes.</summary>
public sealed class Membership
{
    private Membership()
    {
    }

    public Membership(Team team, Account account, TeamRole role)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(account);
        Team = team;
        Account = account;
        Role = Enum.IsDefined(role) ? role : throw new ArgumentOutOfRangeException(nameof(role));
    }

    public int Id { get; private set; }

    public int TeamId { get; private set; }

    public Team Team { get; private set; } = null!;

    public int AccountId { get; private set; }

    public Account Account { get; private set; } = null!;

    public TeamRole Role { get; private set; }

    /// <summary>The person the notes call this account (for "my action items"); null until known.</summary>
    public int? PersonId { get; private set; }

    public Person? Person { get; private set; }

    public void ChangeRole(TeamRole role) => Role = Enum.IsDefined(role) ? role : throw new ArgumentOutOfRangeException(nameof(role));

    public void LinkTo(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        Person = person;
        PersonId = person.Id;
    }
}
