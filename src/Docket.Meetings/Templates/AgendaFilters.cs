namespace Docket.Meetings.Templates;

/// <summary>Filters agenda templates may use besides Liquid's standard ones.</summary>
internal static class AgendaFilters
{
    /// <summary>A heading anchor as HackMD and GitHub make it: <c>Personal Checkins</c> becomes <c>Personal-Checkins</c>.</summary>
    public static string Anchor(object? input) =>
        string.Join('-', (input?.ToString() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
