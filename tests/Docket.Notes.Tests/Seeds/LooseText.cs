using System.Text.RegularExpressions;

namespace Docket.Notes.Tests.Seeds;

/// <summary>
/// Folds an extracted text to the form the seed expectations compare: case-folded, white space
/// collapsed, Markdown links, emphasis and backticks dropped, leading markers (<c>[TODO]</c>,
/// <c>#todo bl:</c>, <c>DECISION:</c>, list bullets, checkboxes) and trailing punctuation removed.
/// A hand annotator and the reader may differ in those, and the spec does not care; they must
/// agree on the words.
/// </summary>
internal static partial class LooseText
{
    private static readonly char[] TrailingPunctuation = ['.', ',', ';', ':', '!', '?', '…', ' '];

    // [text](url), ![alt](url), [text][ref]; the text may hold one level of brackets ([`[priority-★★★]`][l-pri-hi]).
    [GeneratedRegex(@"!?\[(?<text>(?:[^\[\]]|\[[^\[\]]*\])*)\](?:\([^)\s]*(?:\s+""[^""]*"")?\)|\[[^\[\]]*\])", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    // _emphasis_ and __strong__, but not the underscore inside snake_case.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex EmphasisUnderscore();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();

    // One leading marker; applied until nothing more comes off ("- [ ] TODO: x").
    [GeneratedRegex(
        @"^(?:[-+]\s+" +
        @"|\d{1,3}[.)]\s+" +
        @"|\[[ xX]\]\s*" +
        @"|\[(?:todo|decision|question|action|ai|done)\]:?\s*" +
        @"|#todo\s+@?[\w.-]+:\s*" +
        @"|#todo:@?[\w.-]+\s*" +
        @"|#todo\b:?\s*" +
        @"|#(?:action|agreed|info|help|idea|link)\b:?\s*" +
        @"|(?:todo|decision|question|q|a|ai|action|action item|resolved|agreed|suggestion|note|concern|need)\s*:\s*)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingMarker();

    /// <summary>The folded form; <c>null</c> and blank fold to the empty string.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var folded = Link().Replace(text, "${text}");
        folded = folded.Replace("`", string.Empty, StringComparison.Ordinal)
            .Replace("*", string.Empty, StringComparison.Ordinal)
            .Replace("~~", string.Empty, StringComparison.Ordinal);
        folded = EmphasisUnderscore().Replace(folded, string.Empty);
        folded = WhiteSpace().Replace(folded, " ").Trim();

        string before;
        do
        {
            before = folded;
            folded = LeadingMarker().Replace(folded, string.Empty).TrimStart();
        }
        while (!string.Equals(before, folded, StringComparison.Ordinal));

        return folded.TrimEnd(TrailingPunctuation).ToLowerInvariant();
    }
}
