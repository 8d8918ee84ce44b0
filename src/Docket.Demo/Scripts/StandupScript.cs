using Docket.Demo.Story;

namespace Docket.Demo.Scripts;

/// <summary>The Fernhill co-op's Monday standup: client work, the runners, invoices, a retreat.</summary>
internal static class StandupScript
{
    public static StandupWork Work { get; } = new(
        new Dictionary<string, string[]>
        {
            ["ana"] =
            [
                "backups for the git server", "library website fixes", "certificate renewals", "restore drill",
                "runner host runbook", "accounts for the Tessera maintainers", "meetup planning", "invoice reminders",
            ],
            ["kenji"] =
            [
                "runner installation", "power measurements", "library search index", "memory upgrade",
                "monitoring cleanup", "vector tiles prototype", "security updates", "client support tickets",
            ],
            ["mira"] =
            [
                "Tessera release planning", "monitoring dashboard", "grant application", "incident report",
                "cost sharing agreement", "security advisory review", "co-op bookkeeping", "governance draft",
            ],
            ["jonas"] =
            [
                "CI migration for Tessera", "Forgejo Actions pipelines", "runner access", "old CI shutdown",
                "Windows installer investigation", "member handbook", "client deployment scripts", "code review",
            ],
        },
        new Dictionary<string, (int, int, string)>
        {
            ["ana"] = (10, 13, "waiting for the data centre to send a second access card"),
            ["kenji"] = (9, 10, "the memory order is delayed"),
        });

    public static DemoScript Script { get; } = new(
        new Dictionary<int, DemoTopic[]>
        {
            [1] = [new("New client: the city library") { Notes = ["the library project starts next month", "mostly search and hosting"] }],
            [3] = [new("Invoices") { Actions = [new("mira", "send the quarterly invoices", 1)] }],
            [5] = [new("Standup time") { Notes = ["Kenji finds Monday early for Tokyo"], Decisions = ["Standups stay on Monday, one hour later in summer"] }],
            [6] = [new("On-call") { Actions = [new("kenji", "write the on-call rota for next month", 2)] }],
            [9] = [new("Support cover") { Questions = ["Who covers client support while Jonas is on leave?"] }],
            [10] = [new("Data centre access") { Actions = [new("ana", "ask the data centre for a second access card", 4)] }],
            [13] = [new("Meetup costs") { Notes = ["Tessera asked for help with the Lisbon venue"], Decisions = ["The co-op pays for the Lisbon meetup venue"] }],
            [14] = [new("Handbook") { Actions = [new("jonas", "update the member handbook with the new on-call rules", null)] }],
            [16] = [new("Retreat") { Questions = ["Do we want a retreat this year?"] }],
            [17] = [new("Retreat dates") { Actions = [new("mira", "collect dates for the retreat", null)] }],
            [18] = [new("Retreat plan") { Decisions = ["The retreat is two days in the countryside"] }],
        },
        []);
}
