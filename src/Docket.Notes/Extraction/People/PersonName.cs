namespace Docket.Notes.Extraction.People;

/// <summary>Cleans a name as notes write it: no leading <c>@</c>, no placeholder (<c>TBA</c>, <c>?</c>).</summary>
internal static class PersonName
{
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "?", "??", "???", "-", "--", "tba", "tbd", "tbc", "na", "n/a", "none", "nobody", "no one", "noone", "todo",
        "volunteer", "volunteer?", "someone", "anyone", "somebody", "everyone", "all", "name", "names", "your name", "x", "xx", "xxx",
        "_attendee names..._", "attendee names...", "$notetaker", "$moderator",
    };

    /// <summary>The cleaned name, or <c>null</c> when what is written is not a name.</summary>
    public static string? Clean(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var name = raw.Trim().Trim('*', '_', '`', '~', '"', '\'', ',', ';', '.', ':', ' ', '\t');
        while (name.StartsWith('@'))
        {
            name = name[1..];
        }

        name = name.Trim();
        if (Placeholders.Contains(name) || name.StartsWith('$') || name.Contains("...", StringComparison.Ordinal)
            || name.Length > 60 || !name.Any(char.IsLetter))
        {
            return null;
        }

        return name;
    }

    /// <summary>Whether two names are the same person's name as written (case and <c>@</c> aside).</summary>
    public static bool Same(string a, string b) =>
        string.Equals(a.TrimStart('@'), b.TrimStart('@'), StringComparison.OrdinalIgnoreCase);
}
