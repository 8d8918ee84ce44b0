using Docket.Notes.Irc;
using Docket.Notes.Reading;
using Docket.Notes.Tests.Fixtures;

namespace Docket.Notes.Tests.Irc;

/// <summary>
/// Docket against MeetBot itself: every <c>*.log.txt</c> in meetbot-fedora that has MeetBot's text minutes
/// beside it must give the same topics, <c>#info</c>/<c>#link</c> entries, agreed items and action items by
/// person (with the unassigned ones) that MeetBot wrote.
/// </summary>
public sealed class MeetBotConformanceTests
{
    private static string Folder => Path.Combine(SharedFiles.Corpus, "meetbot-fedora");

    public static TheoryData<string> LogsWithMinutes()
    {
        var data = new TheoryData<string>();
        foreach (var log in Directory.GetFiles(Folder, "*.log.txt").Order(StringComparer.Ordinal))
        {
            if (File.Exists(MinutesOf(log)))
            {
                data.Add(Path.GetFileName(log));
            }
        }

        return data;
    }

    [Fact]
    public void Corpus_MeetBotFedora_HasLogsWithMinutes()
    {
        // Guards the theories below: with no pairs they would pass without checking anything.
        Assert.True(LogsWithMinutes().Count >= 2, $"expected at least 2 *.log.txt files with MeetBot minutes in {Folder}");
    }

    [Theory]
    [MemberData(nameof(LogsWithMinutes))]
    public void Read_MeetBotLog_TopicsMatchMeetBotMinutes(string log)
    {
        var (docket, meetbot) = Load(log);

        Assert.Equal(meetbot.Topics.Select(t => t.Title), docket.Topics.Where(t => t.Topic is not null).Select(t => Fold(t.Title!)));
    }

    [Theory]
    [MemberData(nameof(LogsWithMinutes))]
    public void Read_MeetBotLog_InfoAndLinkItemsMatchMeetBotMinutes(string log)
    {
        var (docket, meetbot) = Load(log);
        var expected = meetbot.Topics
            .SelectMany(t => t.Items.Where(i => i.Kind is "INFO" or "LINK").Select(i => $"{t.Title} | {i.Kind}: {i.Text}"))
            .ToArray();
        var actual = docket.Topics.Where(t => t.Topic is not null)
            .SelectMany(t => t.Items.Where(i => i.Kind is MeetBotItemKind.Info or MeetBotItemKind.Link)
                .Select(i => $"{Fold(t.Title!)} | {i.Kind.ToString().ToUpperInvariant()}: {Fold(i.Text)}"))
            .ToArray();

        AssertSameList(expected, actual, "#info/#link entries (topic | kind: text)");
    }

    [Theory]
    [MemberData(nameof(LogsWithMinutes))]
    public void Read_MeetBotLog_AgreedItemsMatchMeetBotMinutes(string log)
    {
        var (docket, meetbot) = Load(log);
        var expected = meetbot.Topics.SelectMany(t => t.Items.Where(i => i.Kind == "AGREED").Select(i => $"{t.Title} | {i.Text}")).ToArray();
        var actual = docket.Topics.Where(t => t.Topic is not null)
            .SelectMany(t => t.Items.Where(i => i.Kind == MeetBotItemKind.Agreed).Select(i => $"{Fold(t.Title!)} | {Fold(i.Text)}"))
            .ToArray();

        AssertSameList(expected, actual, "agreed items (topic | text)");
    }

    [Theory]
    [MemberData(nameof(LogsWithMinutes))]
    public void Read_MeetBotLog_ActionItemsByPersonMatchMeetBotMinutes(string log)
    {
        var (docket, meetbot) = Load(log);
        var expected = meetbot.ActionsByPerson.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .SelectMany(p => p.Value.Select(text => $"{p.Key} | {text}"))
            .ToArray();
        var actual = docket.ActionItemsByPerson
            .SelectMany(p => p.Items.Select(i => $"{p.Nick} | {Fold(i.Text)}"))
            .ToArray();

        AssertSameList(expected, actual, "action items by person (nick | text)");
        AssertSameList(meetbot.UnassignedActions, docket.UnassignedActionItems.Select(i => Fold(i.Text)).ToArray(), "unassigned action items");
    }

    [Theory]
    [MemberData(nameof(LogsWithMinutes))]
    public void Read_MeetBotLog_MeetingCarriesMeetBotTopicsDecisionsAndOwners(string log)
    {
        var path = Path.Combine(Folder, log);
        var meetbot = MeetBotTextMinutes.Parse(File.ReadAllText(MinutesOf(path)));
        var meeting = Assert.Single(IrcLogReader.Read(Source(path)));

        Assert.Equal(meetbot.Topics.Select(t => t.Title), meeting.Agenda.Select(a => Fold(a.Title)));
        Assert.Equal(meetbot.Topics.SelectMany(t => t.Items.Where(i => i.Kind == "AGREED").Select(i => i.Text)),
            meeting.Decisions.Select(d => Fold(d.Text)));
        var owned = meeting.Actions.SelectMany(a => a.Assignees.Select(nick => $"{nick} | {Fold(a.Text)}")).Order(StringComparer.Ordinal);
        var expected = meetbot.ActionsByPerson.SelectMany(p => p.Value.Select(text => $"{p.Key} | {text}")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, owned);
        Assert.Equal(meetbot.UnassignedActions, meeting.Actions.Where(a => a.Assignees.Count == 0).Select(a => Fold(a.Text)));
    }

    private static (MeetBotMinutes Docket, MeetBotTextMinutes MeetBot) Load(string log)
    {
        var path = Path.Combine(Folder, log);
        var lines = IrcLogReader.ParseLines(File.ReadAllText(path));
        var docket = Assert.Single(MeetBotInterpreter.Read(lines));
        return (docket, MeetBotTextMinutes.Parse(File.ReadAllText(MinutesOf(path))));
    }

    private static SourceText Source(string path) =>
        SourceText.FromString(File.ReadAllText(path), path, NotesReaderOptions.Default).Text!;

    private static string MinutesOf(string log) => log[..^".log.txt".Length] + ".txt";

    private static string Fold(string text) => MeetBotTextMinutes.Fold(text);

    private static void AssertSameList(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string what)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).ToArray();
        var extra = actual.Except(expected, StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0 && extra.Length == 0 && expected.SequenceEqual(actual, StringComparer.Ordinal),
            $"{what} differ from MeetBot's minutes.\n  missing in Docket: [{string.Join("; ", missing)}]\n" +
            $"  extra in Docket:   [{string.Join("; ", extra)}]\n" +
            $"  expected order:    [{string.Join("; ", expected)}]\n  actual order:      [{string.Join("; ", actual)}]");
    }
}
