using System.Text;

namespace Docket.Store.Model;

/// <summary>Short lower-case names for teams and series: letters, digits and single hyphens.</summary>
public static class Slugs
{
    public const int MaxLength = 64;

    /// <summary>Makes a slug from any name (<c>Hypha Worker Co-op: Infrastructure</c> → <c>hypha-worker-co-op-infrastructure</c>).</summary>
    public static string From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = new StringBuilder(Math.Min(name.Length, MaxLength));
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            if (slug.Length == MaxLength)
            {
                break;
            }

            if (char.IsLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-' && !IsMark(c))
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "series" : result;
    }

    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && slug == From(slug);

    public static string Require(string slug, string parameter) =>
        IsValid(slug) ? slug : throw new ArgumentException($"'{slug}' is not a slug (lower-case letters, digits and single hyphens).", parameter);

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
}
