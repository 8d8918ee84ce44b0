using System.Text.RegularExpressions;

namespace Docket.Notes.Reading.Outline;

/// <summary>Shapes of a line that tell the outline where one thought ends and the next begins.</summary>
internal static partial class LineShapes
{
    // "Time:", "**Date/Time:**" (emphasis already gone), "bl:", "@hsanjuan:", "[TODO]", "TODO:", "#todo", "AI:", "Q:".
    [GeneratedRegex(
        @"^(?:(?:[A-Z][\w/&.'-]*(?: [\w/&.'-]+){0,3}|[a-z][\w.-]{0,15}|@[\w.-]+)\s*:(?:\s|$)" +
        @"|\[(?:TODO|DECISION|QUESTION|ACTION|AI|IDEA|DONE|NOTE|REMINDER|AGREED|RESOLVED)\]" +
        @"|#(?:todo|action|agreed|info|idea|help|link|topic)\b" +
        @"|(?:TODO|DECISION|ACTION|RESOLVED|RESOLUTION|QUESTION|AGREED)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex NewThought();

    [GeneratedRegex(@"^\s*\[?\s*[A-Z]{2,12}\s*\]?\s*:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketMarker();

    public static bool StartsNewThought(string text) => text.Length > 0 && NewThought().IsMatch(text.Length > 80 ? text[..80] : text);

    /// <summary>A code span that is itself a marker, like <c>`[TODO]`</c> or <c>`[DECISION]`</c>.</summary>
    public static bool IsBracketMarker(string code) => code.Length <= 20 && BracketMarker().IsMatch(code);
}
