using Docket.Store.Model;
using Docket.Web.Tests.Fixtures;

namespace Docket.Web.Tests.Search;

/// <summary>
/// Two teams: "oss" with a public series (one of its meetings private), an indexed and a private
/// series; "corp", another team, with a private series. Each holds a word found nowhere else.
/// </summary>
internal static class SearchSeed
{
    public static async Task SeedAsync(TestServer server)
    {
        await server.SeedTeamAsync("oss", "Open Source");
        await server.SeedTeamAsync("corp", "Corp");
        await server.ImportAsync("oss", "weekly", "/notes/weekly.md", """
            # Weekly 2024-03-07

            Attending: carol, dave

            ## Decisions
            - [DECISION] Move CI to zanzibar runners

            ## Notes
            - carol said the zanzibar migration is half done

            # Weekly 2024-03-14

            Attending: carol

            ## Notes
            - quokka plans are secret for now
            """);
        await server.SetMeetingAccessAsync("oss", "weekly", "2024-03-14", AccessLevel.Private);
        await server.ImportAsync("oss", "board", "/notes/board.md", """
            # Board 2024-03-08

            ## Notes
            - the budget for wombat is approved
            """);
        await server.SetAccessAsync("oss", "board", AccessLevel.Indexed);
        await server.ImportAsync("oss", "security", "/notes/security.md", """
            # Security 2024-03-09

            ## Notes
            - vulnerability in platypus parser
            """);
        await server.SetAccessAsync("oss", "security", AccessLevel.Private);
        await server.ImportAsync("corp", "exec", "/notes/exec.md", """
            # Exec 2024-03-10

            Attending: mallory

            ## Notes
            - mallory proposes the narwhal acquisition
            - zanzibar is also mentioned here
            """);
        await server.SetAccessAsync("corp", "exec", AccessLevel.Private);
    }
}
