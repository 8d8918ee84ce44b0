using Docket.Meetings.Roles;
using Docket.Meetings.Scheduling;
using Docket.Meetings.Templates;
using NodaTime;

namespace Docket.Meetings.Tests.Templates;

/// <summary>Builds agenda models for tests: a real cadence, members in several zones, topics and carried items.</summary>
internal static class AgendaBuilder
{
    public static AgendaModel Crates(string cadence = "weekly on Friday 20:30 UTC", LocalDate? date = null, int number = 4)
    {
        var parsed = Cadence.Parse(cadence);
        var day = date ?? new LocalDate(2020, 10, 2);
        var occurrence = parsed.Between(day, day.PlusDays(6)).First();
        string[] members = ["jtgeibel", "carols10cents", "pietroalbini"];
        return new AgendaModel
        {
            Series = "Crates.io Weekly Team Meeting",
            Number = number,
            Occurrence = occurrence,
            Location = "https://discord.gg/rust-lang",
            Members = members,
            Times = MeetingTimes.For(occurrence, [("jtgeibel", Zone("America/New_York")), ("pietroalbini", Zone("Europe/Rome")), ("carols10cents", Zone("America/Los_Angeles"))]),
            Roles = new RoleRotation(["moderator", "notetaker"], members).For(number),
            Topics =
            [
                new AgendaTopic("Token Discussion", 15, "jtgeibel"),
                new AgendaTopic("Privacy Policy", 10, null, "https://github.com/rust-lang/crates.io/issues/2736"),
                new AgendaTopic("Travis Build Issues", 20),
            ],
            Deferred = [new AgendaTopic("Hacktoberfest", 5, "carols10cents")],
            Actions =
            [
                new CarriedAction("Add comments to the code about token generation", ["jtgeibel"], 1, 7, day.PlusDays(-7), "Crates.io Weekly Team Meeting #003"),
                new CarriedAction("Set up help monks accounts for everyone", ["carols10cents", "pietroalbini"], 2, 14, day.PlusDays(-14)),
                // Nobody owns this one. (Not "Adjust Bors to build ...": the reader takes "Adjust Bors" for a person committing.)
                new CarriedAction("Document the token logic better", [], 1, 7, day.PlusDays(-7)),
            ],
            Questions = [new OpenQuestion("Can GitHub usernames be all numeric?", day.PlusDays(-7))],
        };
    }

    public static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];
}
