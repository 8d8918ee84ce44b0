using Docket.Notes.Html;
using Docket.Notes.Irc;
using Docket.Notes.Reading;
using Docket.Notes.Tests.Fixtures;

namespace Docket.Notes.Tests.Html;

public sealed class HtmlNotesReaderTests
{
    // Each row is how a page can open; the last two are Markdown with inline HTML, which is not a page.
    [Theory]
    [InlineData("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html>", true)] // MeetBot
    [InlineData("<!DOCTYPE html>\n<html lang=en>", true)] // scribe.perl
    [InlineData("  \n<html>\n<body>x</body></html>", true)] // no doctype
    [InlineData("<?xml version=\"1.0\"?>\n<!-- generated -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true)] // XHTML
    [InlineData("<details>\n<summary>Notes</summary>\n</details>", false)] // Markdown with HTML blocks
    [InlineData("# Notes\n\n<html> is a tag we discussed", false)] // prose mentioning a tag
    public void LooksLikeHtml_Openings_Detected(string text, bool expected)
    {
        Assert.Equal(expected, HtmlNotesReader.LooksLikeHtml(text));
    }

    [Fact]
    public void Read_MeetBotHtmlLog_GivesTheSameMeetingAsTheTextLog()
    {
        var folder = Path.Combine(SharedFiles.Corpus, "meetbot-fedora");
        var html = Path.Combine(folder, "magazine.2020-06-10-12.02.log.html");
        var text = Path.Combine(folder, "magazine.2020-06-10-12.02.log.txt");

        var fromHtml = Assert.Single(HtmlNotesReader.Read(Source(html)));
        var fromText = Assert.Single(IrcLogReader.Read(Source(text)));

        Assert.Equal(fromText.Title, fromHtml.Title);
        Assert.Equal(fromText.Start, fromHtml.Start);
        Assert.Equal(fromText.End, fromHtml.End);
        Assert.Equal(fromText.Attendees, fromHtml.Attendees);
        Assert.Equal(fromText.Agenda.Select(a => a.Title), fromHtml.Agenda.Select(a => a.Title));
        Assert.Equal(fromText.Decisions.Select(d => d.Text), fromHtml.Decisions.Select(d => d.Text));
        Assert.Equal(fromText.Actions.Select(a => (a.Text, string.Join(",", a.Assignees))), fromHtml.Actions.Select(a => (a.Text, string.Join(",", a.Assignees))));
        Assert.Equal(fromText.References, fromHtml.References);
    }

    [Fact]
    public void ToText_ScribePerlMinutes_GivesPresentLineAndHeadingsWithoutCss()
    {
        var html = File.ReadAllText(Path.Combine(SharedFiles.Corpus, "w3c-wot", "td_20251002_minutes.html"));

        var text = HtmlText.ToText(html);

        Assert.Contains("\n# WoT Thing Description\n", "\n" + text, StringComparison.Ordinal);
        Assert.Contains("\nPresent: Daniel_Peintner, Ege_Korkan, Henk_Spaaj, Kunihiko_Toumura, Michael_Koster, Tomoaki_Mizushima, Vignesh_Vaidyanathan\n", text, StringComparison.Ordinal);
        Assert.Contains("\n### Common Definitions feature of TD\n", text, StringComparison.Ordinal);
        Assert.Contains("\n<Ege> https://github.com/w3c/wot-thing-description/tree/main/proposals/common-definitions\n", text, StringComparison.Ordinal);
        Assert.False(IrcLogReader.LooksLikeIrcLog(text), "scribe.perl minutes are minutes, not an IRC log");
    }

    [Fact]
    public void ToText_MeetBotHtmlMinutes_DropsTheStyleSheet()
    {
        var html = File.ReadAllText(Path.Combine(SharedFiles.Corpus, "meetbot-fedora", "magazine.2020-06-10-12.02.html"));

        var text = HtmlText.ToText(html);

        Assert.DoesNotContain("font-family", text, StringComparison.Ordinal);
        Assert.Contains("  - ACTION: sysoplab to edit #184 and #188 (bcotton, 12:17:02)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HtmlThroughNotesReader_Succeeds()
    {
        var path = Path.Combine(SharedFiles.Corpus, "meetbot-fedora", "fedora_iot_working_group_meeting.2020-06-10-14.10.log.html");

        var result = NotesReader.Read(File.ReadAllBytes(path), path);

        Assert.True(result.Succeeded);
        Assert.Equal("Fedora IoT Working Group Meeting", Assert.Single(result.Document!.Meetings).Title);
    }

    private static SourceText Source(string path) =>
        SourceText.FromString(File.ReadAllText(path), path, NotesReaderOptions.Default).Text!;
}
