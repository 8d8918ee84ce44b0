using Docket.Demo.Story;

namespace Docket.Demo.Scripts;

/// <summary>Tessera's open community call: questions from users, a meetup, translations, the plugin idea, governance.</summary>
internal static class CommunityScript
{
    public static DemoScript Script { get; } = new(
        new Dictionary<int, DemoTopic[]>
        {
            [0] = [new("Welcome, and what is coming in spring", "mira") { Notes = ["2.4 is the next feature release", "the docs will get a rewrite"] }],
            [1] = [new("The cache settings are hard to understand", "kenji")
            {
                Notes = ["<https://github.com/tessera-maps/tessera/issues/421>", "three forum threads about the same settings"],
                Actions = [new("kenji", "write a guide to the cache settings", 6)],
            }],
            [2] = [new("A meetup in Lisbon", "ana") { Questions = ["Which month works for most people?"] }],
            [3] = [new("Lisbon meetup dates", "ana")
            {
                Notes = ["poll in #435, 23 votes"],
                Decisions = ["The meetup is in May, the date with the most votes"],
                Actions = [new("ana", "book a venue for the Lisbon meetup", 3)],
            }],
            [4] = [new("The docs rewrite", "priya")
            {
                Notes = ["proposal in #431", "feedback from users who run Tessera in production is most welcome"],
                Actions = [new("priya", "open a forum thread about the docs rewrite", 1)],
            }],
            [5] = [new("Good first issues", "sam")
            {
                Notes = ["newcomers ask where to start"],
                Actions = [new("sam", "write a contributing guide for newcomers", 4)],
            }],
            [6] = [new("Faster CI", "jonas") { Notes = ["builds move to runners hosted by the Fernhill co-op", "plan in #440"] }],
            [7] = [new("Translations of the docs", "priya") { Questions = ["Do we accept machine translations of the docs?"] }],
            [8] = [new("Translations, continued", "priya")
            {
                Notes = ["two volunteers for Portuguese and Japanese"],
                Decisions = ["Machine translations are accepted only after a native speaker reviews them"],
            }],
            [9] = [new("A preview of 2.4", "mira")
            {
                Notes = ["faster tile rendering, a new URL scheme (#437)"],
                Actions = [new("mira", "record a demo video of the 2.4 features", 3)],
            }],
            [10] = [new("Plugin hooks", "kenji")
            {
                Notes = ["users want custom tile sources without forking"],
                Questions = ["Which hooks would plugin authors need first?"],
                Actions = [new("kenji", "write an RFC for plugin hooks", null)],
            }],
            [11] = [new("Testing the release candidate", "sam")
            {
                Notes = ["rc1 is out, please try it on your data"],
                Actions = [new("sam", "post the release candidate testing instructions on the forum", 1)],
            }],
            [12] = [new("The meetup programme", "ana")
            {
                Notes = ["six talks proposed, room for eight"],
                Actions = [new("ana", "publish the meetup programme", 2)],
            }],
            [13] = [new("Feedback on the new tutorial", "priya") { Notes = ["the first two chapters are online at https://docs.tessera.example/next/tutorial/", "readers liked the shorter steps"] }],
            [14] = [new("Release 2.4 is out", "sam")
            {
                Notes = ["thanks to everyone who tested the release candidates"],
                Decisions = ["2.4 gets bug fixes until 2.5 is released"],
            }],
            [15] = [new("How the meetup went", "ana")
            {
                Notes = ["about forty people came", "the plugin hooks talk had the most questions"],
                Actions = [new("ana", "upload the meetup talk recordings", 2)],
            }],
            [16] = [new("Governance", "mira")
            {
                Questions = ["Should we write down how people become maintainers?"],
                Actions = [new("mira", "draft a governance document", null)],
            }],
            [17] = [new("Windows installer problems", "jonas") { Notes = ["tracked in #470, a fix is coming in 2.4.1"] }],
            [18] = [new("Vector tiles", "kenji")
            {
                Notes = ["an early prototype renders the demo map"],
                Actions = [new("kenji", "share the vector tiles prototype", null)],
            }],
            [19] = [new("Launching the new docs", "priya")
            {
                Decisions = ["The new docs site launches together with 2.5"],
            }],
        },
        []);
}
