using System.Text;

namespace Docket.Web.Features.Feeds;

/// <summary>
/// Text made writable as XML 1.0: <c>XmlWriter</c> throws on control characters and lone surrogates,
/// so one such character in one title would take a whole feed down. Those characters are dropped.
/// </summary>
public static class FeedText
{
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (IsClean(value))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (IsAllowed(c))
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static bool IsClean(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (!IsAllowed(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>XML 1.0's Char production for one UTF-16 unit that is not part of a pair.</summary>
    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
