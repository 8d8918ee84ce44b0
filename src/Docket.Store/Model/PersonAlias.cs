namespace Docket.Store.Model;

/// <summary>One name a person goes by, normalised so that <c>@Hsanjuan</c> and <c>hsanjuan</c> are the same key.</summary>
public sealed class PersonAlias
{
    private PersonAlias()
    {
        Key = "";
    }

    internal PersonAlias(Person person, int teamId, string name)
    {
        Person = person;
        TeamId = teamId;
        Key = Normalize(name) ?? throw new ArgumentException("A name is required.", nameof(name));
    }

    public int Id { get; private set; }

    public int PersonId { get; private set; }

    public Person Person { get; private set; } = null!;

    /// <summary>Copied from the person, so one team cannot hold the same alias twice.</summary>
    public int TeamId { get; private set; }

    public string Key { get; private set; }

    /// <summary>The lookup key of a name: without a leading <c>@</c>, trimmed, lower case; null for no name.</summary>
    public static string? Normalize(string? name)
    {
        var display = name is null ? "" : Display(name);
        return display.Length == 0 ? null : display.ToLowerInvariant();
    }

    /// <summary>A name as it should be shown: without a leading <c>@</c> and surrounding space.</summary>
    public static string Display(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var display = name.Trim().TrimStart('@').Trim();
        return display.Length <= MaxLength ? display : display[..MaxLength].TrimEnd();
    }

    /// <summary>The longest name kept (the column's size); a longer one is cut, never refused.</summary>
    public const int MaxLength = 200;
}
