using Docket.Meetings.Templates;
using Docket.Notes.Tests.Fixtures;
using Docket.Notes;
using Docket.Notes.Model;
using NodaTime;

namespace Docket.Meetings.Tests.Templates;

/// <summary>
/// An agenda made from a built-in template, read back by Docket.Notes' reader, gives the meeting it
/// was made for: date, start, agenda, carried action items with their owners, open questions.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string, string> Cases => new()
    {
        // Each template with a series in UTC and one in a zone with daylight saving.
        { "issue", "weekly on Friday 20:30 UTC" },
        { "issue", "weekly on Thursday 11:00 America/Los_Angeles" },
        { "pad", "weekly on Friday 20:30 UTC" },
        { "pad", "weekly on Tuesday 13:00 America/Toronto" },
        { "running", "weekly on Thursday 11:00 America/Los_Angeles" },
        { "running", "weekly on Friday 20:30 UTC" },
        { "standup", "weekly on Tuesday 16:00 UTC" },
        { "standup", "weekly on Tuesday 09:00 Europe/Berlin" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_ThenRead_GivesTheSameMeeting(string name, string cadence)
    {
        var model = AgendaBuilder.Crates(cadence);
        var template = AgendaTemplate.BuiltIn(name);

        var meeting = ReadBack(template, model);

        Assert.Equal(model.Occurrence.Date, meeting.Date);
        Assert.Equal(model.Occurrence.Instant, meeting.Start?.ToInstant());
        Assert.Equal(
            model.Topics.Concat(model.Deferred).Select(t => (t.Title, t.Minutes, t.Proposer)),
            meeting.Agenda.Select(a => (a.Title, a.Minutes, a.Proposer)));
        Assert.Equal(
            model.Actions.Select(a => (a.Text, string.Join(",", a.Owners), false)),
            meeting.Actions.Take(model.Actions.Count).Select(a => (a.Text, string.Join(",", a.Assignees), a.Done)));
        Assert.Equal(model.Questions.Select(q => q.Text), meeting.Questions.Select(q => q.Text));
    }

    [Fact]
    public void Render_Pad_AddsOnlyTheFacilitatorChecklistToTheActions()
    {
        var model = AgendaBuilder.Crates();

        var meeting = ReadBack(AgendaTemplate.BuiltIn("pad"), model);

        var checklist = meeting.Actions.Skip(model.Actions.Count).ToList();
        Assert.Equal(["Migrate items with #todo:person to the task board", "Publish meeting notes", "Reset meeting pad for next meeting"], checklist.Select(a => a.Text));
        Assert.All(checklist, a => Assert.Equal([model.Roles[0].Person!], a.Assignees));
        Assert.Equal(model.Members, meeting.Attendees);
    }

    [Theory]
    [InlineData("issue")]
    [InlineData("pad")]
    public void Render_WithRoles_ReadsBackTheHolders(string name)
    {
        var model = AgendaBuilder.Crates();

        var meeting = ReadBack(AgendaTemplate.BuiltIn(name), model);

        Assert.Equal(model.Roles.Select(r => (r.Role, r.Person)), meeting.Roles.Select(r => (r.Key, (string?)Assert.Single(r.Value))));
    }

    [Fact]
    public void Render_RunningInsertedIntoTheAthensNotes_IsTheNewestMeetingAndLeavesTheOthers()
    {
        // The running agenda's use: the new dated section goes on top of the real document.
        var seed = File.ReadAllText(SharedFiles.Seed("003"));
        var before = NotesReader.Read(seed, "athens.md").Document!.Meetings;
        var model = AgendaBuilder.Crates("weekly on Thursday 11:00 America/Los_Angeles", new LocalDate(2019, 6, 20), 53) with { Series = "Athens Weekly Developer Meeting" };
        var section = AgendaTemplate.BuiltIn("running").Render(model);
        var top = seed.IndexOf("June 13, 2019", StringComparison.Ordinal);

        var after = NotesReader.Read(seed[..top] + section + "\n" + seed[top..], "athens.md").Document!.Meetings;

        Assert.Equal(before.Count + 1, after.Count);
        Assert.Equal(new LocalDate(2019, 6, 20), after[0].Date);
        Assert.Equal(Instant.FromUtc(2019, 6, 20, 18, 0), after[0].Start?.ToInstant());
        Assert.Equal(model.Topics.Concat(model.Deferred).Select(t => t.Title), after[0].Agenda.Select(a => a.Title));
        Assert.Equal(before.Select(m => (m.Date, m.Agenda.Count, m.Actions.Count)), after.Skip(1).Select(m => (m.Date, m.Agenda.Count, m.Actions.Count)));
    }

    [Fact]
    public void Render_Issue_LooksLikeTheSeedTemplate()
    {
        var text = AgendaTemplate.BuiltIn("issue").Render(AgendaBuilder.Crates());
        var seed = File.ReadAllText(SharedFiles.Seed("000"));

        // The headings of the crates.io issue template, in its order.
        string[] headings = ["Meeting Details", "Proposed Agenda", "Outcomes", "Action Items", "Open Discussion"];
        Assert.All(headings, h => Assert.Contains(h, seed, StringComparison.Ordinal));
        Assert.Equal(headings, headings.OrderBy(h => seed.IndexOf(h, StringComparison.Ordinal)));
        Assert.Equal(headings, headings.OrderBy(h => text.IndexOf(h, StringComparison.Ordinal)));
        Assert.StartsWith("---\nname: Crates.io Weekly Team Meeting\n", text, StringComparison.Ordinal);
        Assert.Contains("title: 'Crates.io Weekly Team Meeting #004'", text, StringComparison.Ordinal);
        Assert.Contains("- **Date/Time:** Friday, October 2, 2020, 20:30-21:30 UTC\n    - carols10cents: Friday 13:30-14:30 America/Los_Angeles\n    - jtgeibel: Friday 16:30-17:30 America/New_York\n    - pietroalbini: Friday 22:30-23:30 Europe/Rome\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TopicsOverTime_WarnsInEveryTemplate()
    {
        var model = AgendaBuilder.Crates() with { Topics = [new Docket.Meetings.Templates.AgendaTopic("Roadmap", 50), new Docket.Meetings.Templates.AgendaTopic("Hiring", 25)] };

        Assert.Equal(15, model.OverflowMinutes);
        foreach (var name in new[] { "issue", "pad", "running" })
        {
            var text = AgendaTemplate.BuiltIn(name).Render(model);
            Assert.Contains("the topics need 75 minutes but the meeting has 60 (15 over)", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_Standup_HasABlockPerMember()
    {
        var model = AgendaBuilder.Crates("weekly on Tuesday 16:00 UTC");

        var text = AgendaTemplate.BuiltIn("standup").Render(model);

        foreach (var member in model.Members)
        {
            Assert.Contains($"##### @{member}\n\nLast week:\n\nThis week:\n\nBlocked:\n", text, StringComparison.Ordinal);
        }

        Assert.StartsWith("\n## Standup meeting - 2020-10-06\n", text, StringComparison.Ordinal);
    }

    private static Meeting ReadBack(AgendaTemplate template, AgendaModel model)
    {
        var text = template.Render(model);
        if (template.Name == "running")
        {
            // A running agenda is one section of a longer document: put last week's section under it.
            var previous = model with { Number = model.Number - 1, Occurrence = model.Occurrence with { Start = model.Occurrence.Start.Plus(Duration.FromDays(-7)), End = model.Occurrence.End.Plus(Duration.FromDays(-7)) } };
            text += "\n" + template.Render(previous);
        }

        var read = NotesReader.Read(text, template.Name + ".md");
        return read.Document!.Meetings[0];
    }
}
