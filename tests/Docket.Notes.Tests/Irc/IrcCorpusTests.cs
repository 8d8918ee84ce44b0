using Docket.Notes.Irc;
using Docket.Notes.Tests.Fixtures;

namespace Docket.Notes.Tests.Irc;

/// <summary>Every IRC log in the shared corpus, hostile ones included, reads without throwing and gives a meeting.</summary>
public sealed class IrcCorpusTests
{
    public static TheoryData<string> Logs()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "meetbot-tests", "w3c-scribe", "meetbot-fedora" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(SharedFiles.Corpus, folder), "*.txt").Order(StringComparer.Ordinal))
            {
                // MeetBot's text minutes and scribejs's expected outputs sit beside the logs: they are not logs.
                var minutesOfALog = file.EndsWith(".txt", StringComparison.Ordinal) && !file.EndsWith(".log.txt", StringComparison.Ordinal)
                    && folder == "meetbot-fedora";
                if (!minutesOfALog)
                {
                    data.Add(Path.Combine(folder, Path.GetFileName(file)));
                }
            }
        }

        return data;
    }

    [Fact]
    public void Corpus_IrcLogs_AreThere()
    {
        // Guards the theory below: a missing corpus must fail, not pass empty.
        Assert.True(Logs().Count >= 30, "expected the meetbot-tests, w3c-scribe and meetbot-fedora logs in the shared corpus");
    }

    [Theory]
    [MemberData(nameof(Logs))]
    public void Read_CorpusLog_IsDetectedAndGivesAMeeting(string relative)
    {
        var text = File.ReadAllText(Path.Combine(SharedFiles.Corpus, relative));

        Assert.True(IrcLogReader.LooksLikeIrcLog(text), $"{relative} should be detected as an IRC log");
        var result = NotesReader.Read(text, relative);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.NotEmpty(result.Document!.Meetings);
    }

    [Fact]
    public void Read_TortureLogTwo_UndoAndHtmlInjectionStayInert()
    {
        var text = File.ReadAllText(Path.Combine(SharedFiles.Corpus, "meetbot-tests", "test-script-2.log.txt"));
        var meeting = Assert.Single(NotesReader.Read(text, "test-script-2.log.txt").Document!.Meetings);

        Assert.Contains("test removing item from the minutes (nothing should be here)", meeting.Agenda.Select(a => a.Title));
        Assert.DoesNotContain(meeting.Actions, a => a.Text.Contains("shouldn't appear", StringComparison.Ordinal));
        Assert.Equal(["h01ger"], meeting.Roles["chair"]);
        Assert.Equal(["MrGreen"], meeting.Actions.Single(a => a.Text == "MrGreen acts awesome").Assignees);
        Assert.Empty(meeting.Actions.Single(a => a.Text == "NickThatIsntHere does something").Assignees);
    }
}
