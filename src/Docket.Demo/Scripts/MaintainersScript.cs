using Docket.Demo.Story;

namespace Docket.Demo.Scripts;

/// <summary>The Tessera maintainers' weekly: the CI move to the co-op's runners, release 2.4, the docs rewrite, then 2.5.</summary>
internal static class MaintainersScript
{
    /// <summary>The meeting whose notes are private: it discussed a security report before the fix was out.</summary>
    public const int PrivateMeeting = 11;

    public static DemoScript Script { get; } = new(
        new Dictionary<int, DemoTopic[]>
        {
            [0] = [new("Roadmap until summer", "mira", 20)
            {
                Notes = ["milestone 2.4 has 31 open issues, too many for one release", "vector tiles wait for 2.5"],
                Decisions = ["Release 2.4 is the only feature release before summer"],
                Actions = [new("sam", "sort the open feature requests into the 2.4 milestone", 2)],
            }],
            [1] = [new("Flaky rendering tests", "priya", 15)
            {
                Notes = ["#418 fails about one run in five on the shared runners", "only the label placement tests are affected"],
                Actions = [new("jonas", "quarantine the flaky label placement tests", 1)],
                Questions = ["Do we run the GPU tests at all before a release?"],
            }],
            [2] = [new("Moving CI off the shared runners", "jonas", 20)
            {
                Notes = ["a full build takes 40 minutes on the shared runners (#412)", "the Fernhill co-op offered to host Forgejo runners for us"],
                Actions = [new("jonas", "write a migration plan for the CI pipelines", 3)],
                Questions = ["Can self-hosted runners build the macOS binaries?"],
            }],
            [3] = [new("Security policy", "mira", 10)
            {
                Notes = ["we have no private address for vulnerability reports", "see how other map projects do it: https://securitytxt.org/"],
                Actions = [new("mira", "publish a SECURITY.md with a private report address", 2)],
            }],
            [4] = [new("Docs rewrite proposal", "priya", 20)
            {
                Notes = ["the tutorial still shows the 1.x configuration format", "proposal in #431: tutorials, how-to guides, reference, explanations"],
                Actions = [new("priya", "write an outline for the new docs structure", 4)],
            }],
            [5] = [new("CI migration plan", "jonas", 25)
            {
                Notes = ["plan in #440: Linux jobs first, then the release jobs", "the co-op gives us two runners on its spare server"],
                Decisions = ["Move CI to the Forgejo runners hosted by the Fernhill co-op", "Keep the macOS job on the hosted runners for now"],
                Actions = [new("jonas", "port the Linux pipelines to Forgejo Actions", 5), new("sam", "replace the old CI badge in the README", 1)],
            }],
            [6] = [new("Newcomers", "sam", 10)
            {
                Notes = ["three first-time contributors last month", "most found us through the tutorial"],
                Actions = [new("sam", "tag ten good first issues for newcomers", 2)],
                Questions = ["Should we hold office hours for new contributors?"],
            }],
            [7] = [new("Release 2.4 planning", "sam", 20)
            {
                Notes = ["milestone down to 14 issues", "the tile URL rewrite (#437) is the largest change"],
                Decisions = ["Feature freeze for 2.4 starts three meetings from now"],
                Actions = [new("sam", "draft the release checklist for 2.4", 3), new("priya", "collect the changelog entries for 2.4", 5)],
            }],
            [8] = [new("Docs outline review", "priya", 20)
            {
                Notes = ["outline in #444, comments from four people", "reference pages get generated from the config schema"],
                Decisions = ["The new docs follow the four-part structure of #431"],
                Actions = [new("priya", "move the tutorial to the new configuration format", 9)],
            }],
            [9] = [new("CI migration status", "jonas", 15)
            {
                Notes = ["Linux pipelines green on Forgejo for a week (#447)", "full build down from 40 to 12 minutes"],
                Questions = ["Who looks after the runner hosts when Jonas is away?"],
            }],
            [10] = [new("Feature freeze for 2.4", "sam", 15)
            {
                Notes = ["everything not merged moves to 2.5"],
                Decisions = ["No new features merge into 2.4 from today"],
                Actions = [new("jonas", "make the Forgejo checks required on the main branch", 2), new("sam", "ask the Debian packager about 2.4 timing", 2, "moved to #458")],
            }],
            [PrivateMeeting] = [new("Security report on tile URL parsing", "mira", 25)
            {
                Notes = ["a path traversal in the tile URL parser was reported to the security address", "the fix is small and has a test"],
                Decisions = ["Fix it in 2.4 and publish an advisory with the release"],
                Actions = [new("mira", "prepare the security advisory for the tile URL fix", 4)],
            }],
            [12] = [new("Release candidate 2.4.0-rc1", "sam", 20)
            {
                Notes = ["rc1 is tagged", "two regressions reported: #452 and #455"],
                Actions = [new("priya", "test the release candidate on the example deployments", 2)],
            }],
            [13] = [new("Old CI shut down", "jonas", 10)
            {
                Notes = ["last build on the shared runners ran this week", "the macOS job is the only one left on hosted runners"],
                Decisions = ["Turn off the old CI service"],
                Actions = [new("jonas", "archive the old CI configuration", 1)],
            }],
            [14] = [new("Release 2.4 go or no-go", "sam", 15)
            {
                Notes = ["#452 fixed, #455 fixed in rc2", "no reports against rc2 after five days"],
                Decisions = ["Go for 2.4.0 once the advisory is ready"],
            }],
            [15] = [new("Release 2.4 retrospective", "sam", 25)
            {
                Notes = ["2.4.0 went out together with the advisory", "the Windows installer fails on older systems (#470)"],
                Decisions = ["Release candidates come out two weeks before every release from now on"],
                Actions = [new("sam", "write the release process down in RELEASING.md", null)],
                Questions = ["Do we want a 2.4.1 for the Windows installer?"],
            }],
            [16] = [new("Docs rewrite status", "priya", 15)
            {
                Notes = ["the tutorial is almost done, the how-to guides are half done", "preview at https://docs.tessera.example/next/"],
                Actions = [new("priya", "publish the new docs site", null)],
            }],
            [17] = [new("Scope of 2.5", "mira", 25)
            {
                Notes = ["candidates: vector tiles (#460), the style editor (#462)", "the style editor needs a designer"],
                Actions = [new("mira", "write a proposal for vector tiles in 2.5", null)],
                Questions = ["Is vector tile support ready for 2.5?"],
            }],
            [18] = [new("Funding", "mira", 10)
            {
                Notes = ["the co-op applied for a small grant on our behalf", "the grant would pay for the style editor design"],
                Actions = [new("sam", "send the grant report to the co-op", 1)],
            }],
            [19] = [new("Windows installer", "priya", 15)
            {
                Notes = ["#470 reproduced on two machines", "the fix needs the hosted Windows runner"],
                Decisions = ["Ship 2.4.1 with the Windows installer fix"],
                Actions = [new("jonas", "build the Windows installer on the hosted runners", null)],
            }],
        },
        [
            new("Pull requests waiting for review", null, 10) { Notes = ["oldest open pull request is three weeks old", "reviews shared out in the chat"] },
            new("Issue triage", null, 10) { Notes = ["new issues labelled", "two duplicates closed"] },
            new("Questions from the forum", null, 5) { Notes = ["people ask about running Tessera behind a proxy", "answers go into the FAQ"] },
        ]);
}
