namespace Docket.Store.Planning;

/// <summary>A member and their zone, as typed: <c>carol=Europe/Berlin</c>.</summary>
public sealed record MemberSetting(string Name, string Zone)
{
    /// <summary>Reads <c>NAME=ZONE</c>; <c>null</c> when the text has no name or no zone.</summary>
    public static MemberSetting? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == text.Length - 1)
        {
            return null;
        }

        var name = text[..equals].Trim();
        var zone = text[(equals + 1)..].Trim();
        return name.Length == 0 || zone.Length == 0 ? null : new MemberSetting(name, zone);
    }
}
