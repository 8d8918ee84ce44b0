namespace Docket.Store.Model;

/// <summary>Guards for text the store keeps.</summary>
internal static class Texts
{
    public static string Require(string? value, string parameter) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A value is required.", parameter) : value.Trim();
}
