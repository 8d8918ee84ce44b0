namespace Docket.Store.Model;

/// <summary>Someone in a team, known by one or more names (<c>@hsanjuan</c>, <c>hsanjuan</c>, <c>Hector Sanjuan</c>).</summary>
public sealed class Person
{
    private Person()
    {
        Name = "";
    }

    internal Person(Team team, string name)
    {
        Team = team;
        Name = PersonAlias.Display(name);
    }

    public int Id { get; private set; }

    public int TeamId { get; private set; }

    public Team Team { get; private set; } = null!;

    /// <summary>The name shown for the person: the first one they were met by, unless renamed.</summary>
    public string Name { get; private set; }

    public List<PersonAlias> Aliases { get; private set; } = [];

    public void Rename(string name) => Name = PersonAlias.Display(name);
}
