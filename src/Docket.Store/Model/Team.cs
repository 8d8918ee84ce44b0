namespace Docket.Store.Model;

/// <summary>A team: the owner of series and of the people who meet in them.</summary>
public sealed class Team
{
    /// <summary>The team imports go to when none is named.</summary>
    public const string DefaultSlug = "default";

    private Team()
    {
        Slug = Name = "";
    }

    public Team(string slug, string name)
    {
        Slug = Slugs.Require(slug, nameof(slug));
        Name = Texts.Require(name, nameof(name));
    }

    public int Id { get; private set; }

    public string Slug { get; private set; }

    public string Name { get; private set; }
}
