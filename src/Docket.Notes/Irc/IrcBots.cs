namespace Docket.Notes.Irc;

/// <summary>Bots that run meetings in public logs: their lines are the tooling talking, not attendees.</summary>
internal static class IrcBots
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "zodbot", "meetbot", "lightningbot", "openstack", "meetingology", "ubottu", "debian-meetbot",
        "RRSAgent", "Zakim", "trackbot", "github-bot", "agendabot", "ghurlbot", "gb",
    };

    public static bool IsBot(string nick) => Known.Contains(nick);
}
