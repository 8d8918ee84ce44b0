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

    private static readonly char[] Punctuation = ['*', '_', '`', '~', '"', '\'', ',', ';', '.', ':', ' ', '\t'];
    private static readonly System.Buffers.SearchValues<char> NotLetters = System.Buffers.SearchValues.Create(" \t.-_'0123456789");

    private static bool HasLetter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cleaned name, or <c>null</c> when what is written is not a name.</summary>
    public static string? Clean(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var span = raw.AsSpan().Trim().Trim(Punctuation).TrimStart('@').Trim();
        if (span.Length is 0 or > 60 || span[0] == '$' || span.Contains("...", StringComparison.Ordinal) || span.Contains('…')
            || !span.ContainsAnyExcept(NotLetters) || Placeholders.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span))
        {
            return null;
        }

        if (!HasLetter(span))
        {
            return null;
        }

        return span.Length == raw.Length ? raw : span.ToString();
    }

    /// <summary>Whether two names are the same person's name as written (case and <c>@</c> aside).</summary>
    public static bool Same(string a, string b) =>
        string.Equals(a.TrimStart('@'), b.TrimStart('@'), StringComparison.OrdinalIgnoreCase);
}
