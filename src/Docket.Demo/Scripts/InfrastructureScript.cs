using Docket.Demo.Story;

namespace Docket.Demo.Scripts;

/// <summary>The Fernhill co-op's infrastructure working group: backups, runners for Tessera, an incident, cost sharing.</summary>
internal static class InfrastructureScript
{
    public static DemoScript Script { get; } = new(
        new Dictionary<int, DemoTopic[]>
        {
            [0] = [new("Spare server", "kenji", 15)
            {
                Notes = ["the spare server has 16 cores and 32 GB of memory", "it has been idle since the last client project ended"],
                Actions = [new("kenji", "measure the power use of the spare server", 2)],
            }],
            [1] = [new("Backups", "ana", 20)
            {
                Notes = ["only the git server has off-site backups", "restic works well for the wiki already"],
                Decisions = ["Nightly backups of every host go to the second site with restic"],
                Actions = [new("ana", "set up restic backups for the git server", 4)],
            }],
            [2] = [new("Tessera asks for CI runners", "jonas", 20)
            {
                Notes = ["Tessera builds take 40 minutes on shared runners (#412)", "they would pay a share of the power"],
                Actions = [new("kenji", "estimate the runner capacity we can give Tessera", 2)],
                Questions = ["How many runners can we offer without slowing client work?"],
            }],
            [3] = [new("Monitoring", "mira", 15)
            {
                Notes = ["the dashboard misses the new hosts"],
                Actions = [new("mira", "add the runner hosts to the monitoring dashboard", 6)],
            }],
            [4] = [new("Runner capacity", "kenji", 20)
            {
                Notes = ["two runners fit next to the client builds", "a third one needs more memory"],
                Decisions = ["Offer two Forgejo runners to Tessera on the spare server"],
                Actions = [new("kenji", "install two Forgejo runners on the spare server", 3)],
            }],
            [5] = [new("Certificates", "ana", 5)
            {
                Notes = ["the docs site certificate expires this month"],
                Actions = [new("ana", "renew the TLS certificate of the docs site", 1)],
            }],
            [6] = [new("Access for Tessera maintainers", "jonas", 15)
            {
                Notes = ["maintainers need to restart runners themselves"],
                Decisions = ["Tessera maintainers get runner admin through the co-op's single sign-on"],
                Actions = [new("ana", "create single sign-on accounts for the Tessera maintainers", 2)],
            }],
            [7] = [new("Restore drill", "ana", 20)
            {
                Notes = ["we have never restored the git server from backup"],
                Actions = [new("ana", "run a restore drill from the restic backups", 5)],
                Questions = ["How long may a restore take before we call it an outage?"],
            }],
            [8] = [new("Runner load", "kenji", 15)
            {
                Notes = ["the runners sit at 70% during European working hours", "queue times up to 8 minutes"],
                Decisions = ["Add a third runner before Tessera's release weeks"],
            }],
            [9] = [new("Memory upgrade", "kenji", 10)
            {
                Notes = ["64 GB would let the spare server take a third runner"],
                Actions = [new("kenji", "order 64 GB of memory for the spare server", 3)],
            }],
            [10] = [new("Incident: disk full on the git server", "ana", 25)
            {
                Notes = ["the git server stopped accepting pushes for two hours", "old build artifacts filled the disk"],
                Decisions = ["Alert at 80% disk use on every host"],
                Actions = [new("mira", "write the incident report for the full disk", 2)],
            }],
            [11] = [new("Third runner", "kenji", 10)
            {
                Notes = ["the memory arrived"],
                Actions = [new("kenji", "install the third runner", 3)],
            }],
            [12] = [new("Tessera's old CI is off", "jonas", 10)
            {
                Notes = ["all Tessera builds but macOS now run on our runners", "load went up by a third"],
            }],
            [13] = [new("Cost sharing", "mira", 20)
            {
                Notes = ["power for the spare server is about 40 EUR a month"],
                Decisions = ["Tessera pays a monthly share of the power for the runners"],
                Actions = [new("mira", "send Tessera the cost sharing agreement", 3)],
            }],
            [14] = [new("A Mac for macOS builds", "jonas", 10)
            {
                Questions = ["Can a member lend us a Mac mini for the macOS builds?"],
                Actions = [new("jonas", "ask the members for a spare Mac mini", null)],
            }],
            [15] = [new("Runbooks", "ana", 15)
            {
                Notes = ["only Kenji knows how to rebuild a runner"],
                Actions = [new("ana", "write the runbook for the runner hosts", null)],
            }],
            [16] = [new("Security updates", "kenji", 10)
            {
                Notes = ["updates were applied by whoever remembered"],
                Decisions = ["Apply security updates every week right after this meeting"],
            }],
            [17] = [new("Runner configuration in the backups", "ana", 5)
            {
                Actions = [new("kenji", "add the runner configuration to the backups", 1)],
            }],
            [18] = [new("Alert routing", "mira", 10)
            {
                Notes = ["disk alerts only reach email"],
                Actions = [new("mira", "route the disk alerts to the on-call channel", null)],
            }],
            [19] = [new("Summer rota", "ana", 10)
            {
                Questions = ["Who is on call during the August break?"],
                Actions = [new("ana", "draft the on-call rota for the summer", null)],
            }],
        },
        []);
}
