using System.Text.RegularExpressions;

namespace Docket.Notes.Extraction.Items;

/// <summary>The explicit markers teams write for decisions, action items and questions.</summary>
internal static partial class Markers
{
    // [DECISION] / DECISION: / Decided: / RESOLUTION: / **RESOLVED** / _resolved_ - / Agreed: / Conclusion: / #agreed
    [GeneratedRegex(@"^\s*(?:\[\s*(?:DECISION|DECIDED|AGREED|RESOLVED|RESOLUTION)\s*\]\s*[:\-–]?|(?:decision|decided|resolution|resolved|agreed|consensus|conclusion|outcome|#agreed|#accepted)\s*[:\-–]|RESOLVED\b|(?:#agreed|#accepted)\b)\s*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Decision();

    // Decisions in plain words: the whole sentence is the decision.
    [GeneratedRegex(@"^\s*(?:(?:we|the\s+group|the\s+team|group|team|everyone|all)\s+(?:have\s+|has\s+)?(?:decided|agreed)\b|(?:have\s+)?decided\b|decision\s+made\b|consensus\s+(?:is|was|to|that|reached|on)\b|winning\s+vote\b|resolution\s+is\b|agreed\s+to\b|(?:approved|declined|accepted|rejected)\s+for\b|no\s+objections\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex DecisionPhrase();

    // [TODO] / `[TODO]` / TODO: / ** TODO: / #todo / AI: / ACTION: / Action item: / #action
    [GeneratedRegex(@"^\s*(?:\[\s*(?:TODO|ACTION(?:\s+ITEMS?)?|AI)\s*\]\s*[:\-–]?|(?:TODO|ACTION(?:\s+ITEMS?)?|AI|follow[- ]?up)\s*[:\-–]|#todo\b\s*:?|#action\b|AI\s+(?=@))\s*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Action();

    // Markers that may stand anywhere in a line: "... #todo dc: ...", "... [TODO] ...", "(AI: stebalien)".
    [GeneratedRegex(@"\[\s*TODO\s*\]|(?<![\w`])#todo\b|\(\s*AI\s*:\s*(?<who>[^)]{1,60})\)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex ActionAnywhere();

    [GeneratedRegex(@"^\s*(?:\[\s*QUESTIONS?\s*\]\s*[:\-–]?|(?:QUESTIONS?|Q|open\s+questions?|#help)\s*[:\-–]|#help\b)\s*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Question();

    // A recorded answer: "A: delegate to cli for now."
    [GeneratedRegex(@"(?:^|[?.!]\s*)A\s*:\s*(?<answer>\S.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex Answer();

    // A bold line that commits the team: "**Let's also make sure to do a release when go 1.12 comes out**".
    [GeneratedRegex(@"^\s*(?:let's|let\s+us|we\s+will|we'll|we\s+must|we\s+need\s+to|make\s+sure)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex TeamCommitment();

    // A condition, not a commitment: "Otherwise Aaron to create a Patreon", "If it works, Carol will ...".
    [GeneratedRegex(@"^\s*(?:otherwise|if|maybe|perhaps|unless|possibly)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Conditional();

    // Other markers teams use that carry no model meaning but must not be left in the text.
    [GeneratedRegex(@"^\s*(?:\[\s*(?:IDEA|NOTE|DONE|REMINDER|SUGGESTION|CONCERN|NEED|INFO)\s*\]|(?:SUGGESTION|NOTE|CONCERN|NEED|IDEA|INFO|FYI)\s*:)\s*",
        RegexOptions.CultureInvariant)]
    public static partial Regex Other();

    // "#todo dc: ...", "#todo:dc ...", "bl: ...", "molly - ...", "[Albin] ..." owner prefixes after a marker.
    [GeneratedRegex(@"^(?::(?<who>[\w.@-]{1,30})\s+|(?<who>@?[\w.-]{1,30})\s*:\s+|(?<who>@?[\w.-]{1,30})\s+[-–]\s+|\[(?<who>[^\]]{1,40})\]\s*)",
        RegexOptions.CultureInvariant)]
    public static partial Regex OwnerPrefix();

    // "#todo ask expected monthly rate (pc)": initials in parentheses at the end.
    [GeneratedRegex(@"\s*\((?<who>@?[\w.-]{1,20})\)\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex OwnerSuffix();

    [GeneratedRegex(@"(?<![\w.])@(?<who>[A-Za-z][\w.-]{0,38}[\w])", RegexOptions.CultureInvariant)]
    public static partial Regex Handle();

    // Sections whose items are action items / decisions.
    [GeneratedRegex(@"^\s*(?:action\s+items?|actions?|action\s+points?|ais|next\s+steps?|to-?dos?|follow[- ]?ups?|tasks?|assignments?|for\s+the\s+following\s+week|new\s+action\s+items?)(?<rest>(?:\s+(?:from|for|of|to|carried|assigned|this|last|next|by)\b[^:]{0,40})?)\s*:?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex ActionSection();

    [GeneratedRegex(@"^\s*(?:decisions?(?:\s+made)?|resolutions?|resolved|agreements?|conclusions?|meeting\s+conclusions?|outcomes?\s+and\s+decisions)\s*:?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex DecisionSection();

    // "Action Items for Cultivator": the owner of every item below.
    [GeneratedRegex(@"\bfor\s+(?:the\s+)?(?<who>[\w@.-]+)\s*:?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex SectionOwner();
}
