using Docket.Notes.Irc;
using Docket.Notes.Model;
using Docket.Notes.Reading;
using NodaTime;

namespace Docket.Notes.Tests.Irc;

public sealed class IrcLogReaderTests
{
    [Fact]
    public void Read_ActionNamingNickWhoSpoke_AssignsThatNick()
    {
        var meeting = ReadOne("""
            10:00:00 <alice> #startmeeting Infra
            10:00:05 <bob> hi
            10:01:00 <alice> #action bob to rotate the keys
            10:02:00 <alice> #endmeeting
            """);

        var action = Assert.Single(meeting.Actions);
        Assert.Equal("bob to rotate the keys", action.Text);
        Assert.Equal(["bob"], action.Assignees);
    }

    [Fact]
    public void Read_ActionNamingNickNeverSeen_IsUnassigned()
    {
        var meeting = ReadOne("""
            10:00:00 <alice> #startmeeting Infra
            10:01:00 <alice> #action carol to rotate the keys
            10:02:00 <alice> #endmeeting
            """);

        Assert.Empty(Assert.Single(meeting.Actions).Assignees);
    }

    [Fact]
    public void Read_ActionNamingNickDeclaredWithNickCommand_AssignsThatNick()
    {
        var meeting = ReadOne("""
            10:00:00 <alice> #startmeeting Infra
            10:01:00 <alice> #action carol to rotate the keys
            10:01:30 <alice> #nick carol
            10:02:00 <alice> #endmeeting
            """);

        Assert.Equal(["carol"], Assert.Single(meeting.Actions).Assignees);
    }

    [Fact]
    public void Read_ActionNamingNickInsideAWord_DoesNotAssign()
    {
        // MeetBot matches whole words: "bob" is not in "bobcat".
        var meeting = ReadOne("""
            10:00:00 <alice> #startmeeting Infra
            10:00:05 <bob> hi
            10:01:00 <alice> #action feed the bobcat
            10:02:00 <alice> #endmeeting
            """);

        Assert.Empty(Assert.Single(meeting.Actions).Assignees);
    }

    [Fact]
    public void Read_ActionNamingTwoKnownNicks_AssignsBothInTextOrder()
    {
        var meeting = ReadOne("""
            10:00:00 <alice> #startmeeting Infra
            10:00:05 <bob> hi
            10:01:00 <alice> #action bob and Alice to pair on the migration
            10:02:00 <alice> #endmeeting
            """);

        Assert.Equal(["bob", "alice"], Assert.Single(meeting.Actions).Assignees);
    }

    [Fact]
    public void Read_UndoByChair_RemovesTheLastItem()
    {
        var meeting = ReadOne("""
            10:00:00 <alice> #startmeeting Infra
            10:00:10 <alice> #topic Keys
            10:01:00 <alice> #agreed rotate monthly
            10:01:10 <alice> #action alice to rotate the keys
            10:01:20 <alice> #undo
            10:02:00 <alice> #endmeeting
            """);

        Assert.Empty(meeting.Actions);
        Assert.Equal("rotate monthly", Assert.Single(meeting.Decisions).Text);
    }

    [Fact]
    public void Read_UndoByNonChair_IsIgnored()
    {
        var meeting = ReadOne("""
            10:00:00 <alice> #startmeeting Infra
            10:01:10 <alice> #action alice to rotate the keys
            10:01:20 <mallory> #undo
            10:02:00 <alice> #endmeeting
            """);

        Assert.Single(meeting.Actions);
    }

    [Fact]
    public void Read_AgreedByNonChair_IsIgnoredUntilChaired()
    {
        var meeting = ReadOne("""
            10:00:00 <alice> #startmeeting Infra
            10:00:10 <bob> #agreed bob decides alone
            10:00:20 <alice> #chair bob
            10:00:30 <bob> #agreed bob decides as chair
            10:00:40 <alice> #unchair bob
            10:00:50 <bob> #agreed bob decides after unchair
            10:02:00 <alice> #endmeeting
            """);

        Assert.Equal(["bob decides as chair"], meeting.Decisions.Select(d => d.Text));
        Assert.Equal(["alice"], meeting.Roles["chair"]);
    }

    [Fact]
    public void Read_ChairCommand_ListsChairsAfterOwner()
    {
        var meeting = ReadOne("""
            10:00:00 <alice> #startmeeting Infra
            10:00:20 <alice> #chair bob, carol
            10:02:00 <carol> #endmeeting
            """, "infra.2020-06-10-10.00.log.txt");

        Assert.Equal(["alice", "bob", "carol"], meeting.Roles["chair"]);
        Assert.Equal(new LocalDateTime(2020, 6, 10, 10, 2).WithOffset(Offset.Zero), meeting.End);
    }

    [Fact]
    public void Read_EndMeetingByNonChair_DoesNotEndTheMeeting()
    {
        var meeting = ReadOne("""
            10:00:00 <alice> #startmeeting Infra
            10:00:20 <bob> #endmeeting
            10:01:00 <alice> #topic Still going
            """);

        Assert.Null(meeting.End);
        Assert.Equal(["Still going"], meeting.Agenda.Select(a => a.Title));
    }

    [Fact]
    public void Read_MeetBotLog_MapsTitleTimesTopicsQuestionsAndLinks()
    {
        var meeting = ReadOne("""
            23:58:00 <alice> #startmeeting Release sync
            23:58:01 <zodbot> Meeting started Wed Jun 10 23:58:00 2020 UTC.
            23:59:00 <alice> #topic Blockers
            23:59:30 <bob> #help need a reviewer for #42
            00:00:10 <bob> https://example.org/plan
            00:01:00 <alice> #rejected ship on Friday
            00:02:00 <alice> #endmeeting
            """, "team.2020-06-10-23.58.log.txt");

        Assert.Equal("Release sync", meeting.Title);
        Assert.Equal(new LocalDate(2020, 6, 10), meeting.Date);
        Assert.Equal(new LocalDateTime(2020, 6, 10, 23, 58).WithOffset(Offset.Zero), meeting.Start);
        Assert.Equal(new LocalDateTime(2020, 6, 11, 0, 2).WithOffset(Offset.Zero), meeting.End);
        Assert.Equal("UTC", meeting.TimeZone);
        Assert.Equal(["alice", "bob"], meeting.Attendees);
        Assert.Equal(new Question("need a reviewer for #42", "Blockers", 4), Assert.Single(meeting.Questions));
        Assert.Equal(new Decision("Rejected: ship on Friday", "Blockers", 6), Assert.Single(meeting.Decisions));
        Assert.Equal(["#42", "https://example.org/plan"], meeting.References);
    }

    [Fact]
    public void Read_TwoMeetingsInOneLog_GivesTwoMeetings()
    {
        var meetings = IrcLogReader.Read(Source("""
            10:00:00 <alice> #startmeeting First
            10:10:00 <alice> #endmeeting
            10:11:00 <bob> between meetings
            11:00:00 <bob> #startmeeting Second
            11:10:00 <bob> #endmeeting
            """));

        Assert.Equal(["First", "Second"], meetings.Select(m => m.Title));
        Assert.Equal(["bob"], meetings[1].Roles["chair"]);
    }

    [Fact]
    public void Read_HostileMarkup_StaysInertText()
    {
        var meeting = ReadOne("""
            10:00:00 <alice> #startmeeting <script>alert(1)</script>
            10:01:00 <alice> #info evil <b><i>
            10:02:00 <alice> #endmeeting
            """);

        Assert.Equal("<script>alert(1)</script>", meeting.Title);
    }

    [Fact]
    public void Read_BareMeetBotScript_ReadsCommandsAsOneChair()
    {
        var meeting = ReadOne("""
            #startmeeting Test meeting
            hello
            #topic Only topic
            #info this is noted
            #undo
            #endmeeting
            """);

        Assert.Equal("Test meeting", meeting.Title);
        Assert.Equal(["Only topic"], meeting.Agenda.Select(a => a.Title));
        Assert.Empty(meeting.Attendees);
    }

    [Fact]
    public void Read_TextualLogWithOffsets_KeepsTheOffsetOfTheLine()
    {
        var meeting = ReadOne("""
            [2017-09-19T17:58:34+0200] <ivan> #startmeeting Steering
            [2017-09-19T18:30:00+0200] <ivan> #endmeeting
            """);

        Assert.Equal(new LocalDateTime(2017, 9, 19, 17, 58, 34).WithOffset(Offset.FromHours(2)), meeting.Start);
        Assert.Null(meeting.TimeZone);
    }

    // Each row is a format the detector must claim; the comment names where it comes from.
    [Theory]
    [InlineData("14:10:12 <pbrobinson> #startmeeting IoT\n14:10:13 <zodbot> Meeting started\n14:10:26 <bcotton> .hello2")] // MeetBot raw log
    [InlineData("[19:24] <btcdrak> hi\n[19:25] <sipa> hello\n[19:26] * wumpus waves")] // bracketed HH:MM with an emote
    [InlineData("19:24\tlightningbot\tMeeting started\n19:25\twumpus\t#topic x\n19:26\tsipa\tok")] // tab-separated paste
    [InlineData("09:01 < SimonSapin> text\n09:01 <@brson> text\n09:01  * carols10cents waves")] // irssi, padded mode column
    [InlineData("[2019-05-20 11:52:44] <dauwhe> Meeting: PWG\n[2019-05-20 11:53:45] → nick joined\n[2019-05-20 12:01:17] — tzviya lurks")] // IRCCloud
    [InlineData("[2017-09-19T17:58:34+0200] <ivan> Chair: RickJ\n[2017-09-19T17:58:34+0200] Inviting zakim\n[2017-09-19T18:00:41+0200] <ivan> present+")] // Textual
    [InlineData("10:00 AM <•erickt> hello everyone\n10:00 AM <steveklabnik> heyyyyy")] // 12-hour clock, op marker
    [InlineData("#startmeeting Test\nthis is a test line\n#topic play\n#endmeeting")] // MeetBot's own bare test script
    public void LooksLikeIrcLog_IrcClientFormats_True(string text)
    {
        Assert.True(IrcLogReader.LooksLikeIrcLog(text));
    }

    // Each row is Markdown that must stay Markdown.
    [Theory]
    [InlineData("# Weekly sync\n\nWe discussed the release.\n\n```\n19:24 <sipa> ship it\n19:25 <wumpus> agreed\n```\n\n- Aaron to cut the tag\n- Marwan to announce\n- review PRs\n")] // quotes two IRC lines
    [InlineData("# Agenda\n\n10:00 Intro\n10:15 Roadmap\n10:45 Q&A\n")] // times before prose are an agenda, not IRC
    [InlineData("<details>\n<summary>Notes</summary>\n\n<br>\n</details>\n")] // HTML tags are not nicks
    [InlineData("# Notes\n\n#topic is how MeetBot marks a topic\n")] // a MeetBot word in prose without #startmeeting
    public void LooksLikeIrcLog_MarkdownNotes_False(string text)
    {
        Assert.False(IrcLogReader.LooksLikeIrcLog(text));
    }

    [Fact]
    public void LooksLikeIrcLog_HugeNonIrcText_IsDecidedFromTheHead()
    {
        var text = string.Concat(Enumerable.Repeat("- a bullet of notes that is not IRC\n", 500_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        Assert.False(IrcLogReader.LooksLikeIrcLog(text));
        Assert.True(watch.ElapsedMilliseconds < 500, $"detection took {watch.ElapsedMilliseconds} ms on {text.Length} chars");
    }

    internal static SourceText Source(string text, string name = "log.txt") =>
        SourceText.FromString(text, name, NotesReaderOptions.Default).Text!;

    private static Meeting ReadOne(string text, string name = "log.txt")
    {
        Assert.True(IrcLogReader.LooksLikeIrcLog(text), "the test log should be detected as IRC");
        return Assert.Single(IrcLogReader.Read(Source(text, name)));
    }
}
