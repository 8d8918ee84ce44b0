namespace Docket.Store.Model;

/// <summary>A role handed round the members of a series (moderator, notetaker, cultivator).</summary>
public sealed class SeriesRole
{
    private SeriesRole()
    {
        Name = "";
    }

    public SeriesRole(string name, int position)
    {
        Name = Texts.Require(name, nameof(name)).ToLowerInvariant();
        Position = position;
    }

    public int Id { get; private set; }

    public int SeriesId { get; private set; }

    /// <summary>Lower-case, as <see cref="RoleAssignment.Role"/> keeps roles read from notes.</summary>
    public string Name { get; private set; }

    /// <summary>Order in which roles are handed out, from 0.</summary>
    public int Position { get; private set; }
}
