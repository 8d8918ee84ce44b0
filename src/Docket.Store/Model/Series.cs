namespace Docket.Store.Model;

/// <summary>A run of meetings of one kind (crates.io weekly, Athens developer meeting, a standup).</summary>
public sealed class Series
{
    private Series()
    {
        Slug = Name = "";
    }

    public Series(Team team, string slug, string name)
    {
        ArgumentNullException.ThrowIfNull(team);
        Team = team;
        Slug = Slugs.Require(slug, nameof(slug));
        Name = Texts.Require(name, nameof(name));
    }

    public int Id { get; private set; }

    public int TeamId { get; private set; }

    public Team Team { get; private set; } = null!;

    /// <summary>The short name used on the command line and in URLs (<c>athens</c>).</summary>
    public string Slug { get; private set; }

    public string Name { get; private set; }

    public AccessLevel Access { get; private set; }

    /// <summary>How the series meets and makes its agendas; <c>null</c> for a series only read from notes.</summary>
    public SeriesPlan? Plan { get; internal set; }

    public void Rename(string name) => Name = Texts.Require(name, nameof(name));

    public void ChangeAccess(AccessLevel access) => Access = access;
}
