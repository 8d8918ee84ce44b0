using Docket.Notes.Irc;
using Docket.Notes.Model;
using NodaTime;

namespace Docket.Notes.Tests.Irc;

public sealed class ScribeLogTests
{
    [Fact]
    public void Read_Correction_FixesThePreviousMatchingLine()
    {
        var meeting = ReadOne("""
            16:00:00 <ivan> topic: Patent pollicy
            16:00:10 <ivan> resolved: move to the 2020 patent pollicy
            16:00:20 <ivan> s/pollicy/policy/
            """);

        // Only the latest line that holds the old words changes.
        Assert.Equal("Patent pollicy", Assert.Single(meeting.Agenda).Title);
        Assert.Equal("move to the 2020 patent policy", Assert.Single(meeting.Decisions).Text);
    }

    [Fact]
    public void Read_CorrectionWithBarsAndGlobalFlag_FixesEveryEarlierLine()
    {
        var meeting = ReadOne("""
            16:00:00 <ivan> topic: a/b testing
            16:00:10 <ivan> resolved: keep a/b testing
            16:00:20 <ivan> s|a/b|A/B|g
            """);

        Assert.Equal("A/B testing", Assert.Single(meeting.Agenda).Title);
        Assert.Equal("keep A/B testing", Assert.Single(meeting.Decisions).Text);
    }

    // Each row is a way scribes write an action's owner.
    [Theory]
    [InlineData("action: ivan to report some wonderful things", new[] { "ivan" })] // nick to ...
    [InlineData("ACTION: dauwhe: file the issue", new[] { "dauwhe" })] // nick: ...
    [InlineData("action: garth and laudrain will draft the vote", new[] { "garth", "laudrain" })] // two owners
    [InlineData("action item: laudrain launches vote for epub3.2", new[] { "laudrain" })] // first word is someone present
    [InlineData("action: we to revisit next week", new string[0])] // "we" is not an owner
    [InlineData("action: follow up with the chairs", new string[0])] // no owner named
    public void Read_ActionLine_FindsOwners(string line, string[] owners)
    {
        var meeting = ReadOne($"""
            16:00:00 <ivan> present+ laudrain, garth
            16:00:05 <ivan> topic: Votes
            16:00:10 <ivan> {line}
            """);

        var action = Assert.Single(meeting.Actions);
        Assert.Equal(owners, action.Assignees);
        Assert.Equal("Votes", action.Topic);
    }

    [Fact]
    public void Read_ScribeConventions_MapRolesAttendeesAgendaDecisions()
    {
        var meeting = ReadOne("""
            14:41:10 <RRSAgent> logging to https://www.w3.org/2023/11/01-vcwg-irc
            14:41:34 <ivan> Meeting: VCWG Telco
            14:41:40 <ivan> Chair: brent
            14:42:00 <ivan> present+
            14:42:10 <brent> present+ Dave_Longley, Manu
            14:42:20 <manu> present-
            14:43:00 <brent> scribe+ pauld
            14:44:00 <Zakim> agendum 1 -- Pull requests -- taken up [from agendabot]
            14:44:05 <brent> topic: Pull requests
            14:45:00 <pauld> subtopic: https://github.com/w3c/vc-data-model/pull/1333
            14:46:00 <brent> RESOLUTION: merge #1333
            14:47:00 <brent> agenda: https://example.org/agenda
            """);

        Assert.Equal("VCWG Telco", meeting.Title);
        Assert.Equal(new LocalDate(2023, 11, 1), meeting.Date);
        Assert.Equal(["brent"], meeting.Roles["chair"]);
        Assert.Equal(["pauld"], meeting.Roles["scribe"]);
        Assert.Equal(["ivan", "Dave_Longley"], meeting.Attendees);
        Assert.Equal(["Pull requests"], meeting.Agenda.Select(a => a.Title));
        Assert.Equal(new Decision("merge #1333", "https://github.com/w3c/vc-data-model/pull/1333", 11), Assert.Single(meeting.Decisions));
        Assert.Contains("https://example.org/agenda", meeting.References);
        Assert.Contains("#1333", meeting.References);
        Assert.Null(meeting.Start);
    }

    [Fact]
    public void Read_DateLine_WinsOverTheFileName()
    {
        var meeting = ReadOne("""
            [2019-05-20 11:52:44] <dauwhe> Meeting: Publishing Working Group telecon
            [2019-05-20 11:52:49] <dauwhe> Date: 21 May 2019
            """);

        Assert.Equal(new LocalDate(2019, 5, 21), meeting.Date);
    }

    [Fact]
    public void Read_LogWithoutConventions_AttendeesAreTheSpeakers()
    {
        var meeting = ReadOne("""
            08:59 <@brson> How do we call these meetings to order?
            09:01 < SimonSapin> brson: everyone types present+
            09:01  * carols10cents waves
            09:02 -!- someone has joined
            """, "community-team_2016-04-20.txt");

        Assert.Equal(["brson", "SimonSapin", "carols10cents"], meeting.Attendees);
        Assert.Equal(new LocalDate(2016, 4, 20), meeting.Date);
    }

    private static Meeting ReadOne(string text, string name = "log.txt")
    {
        Assert.True(IrcLogReader.LooksLikeIrcLog(text), "the test log should be detected as IRC");
        return Assert.Single(IrcLogReader.Read(IrcLogReaderTests.Source(text, name)));
    }
}
