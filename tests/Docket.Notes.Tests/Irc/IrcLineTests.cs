using Docket.Notes.Irc;

namespace Docket.Notes.Tests.Irc;

public sealed class IrcLineTests
{
    // Each row is one client's way of writing a line: kind, nick and text must come out the same.
    [Theory]
    [InlineData("14:10:12 <pbrobinson> #topic roll call", "Message", "pbrobinson", "#topic roll call")] // MeetBot raw log
    [InlineData("14:14:13 * kushal got a chance", "Emote", "kushal", "got a chance")] // MeetBot emote
    [InlineData("[12:05] <nick> text", "Message", "nick", "text")] // bracketed HH:MM
    [InlineData("12:05 <nick>", "Message", "nick", "")] // HH:MM <nick> with nothing said
    [InlineData("19:24\tsipa\tack", "Message", "sipa", "ack")] // tab-separated
    [InlineData("19:24\t*\tsipa waves", "Emote", "sipa", "waves")] // weechat emote
    [InlineData("09:01 <@brson> text", "Message", "brson", "text")] // op marker
    [InlineData("09:01 < SimonSapin> text", "Message", "SimonSapin", "text")] // irssi padded mode
    [InlineData("[2019-05-20 12:01:17] — tzviya is lurking", "Emote", "tzviya", "is lurking")] // IRCCloud emote
    [InlineData("[2019-05-20 10:30:15] → rachel_ joined", "System", null, "→ rachel_ joined")] // IRCCloud join
    [InlineData("[2017-09-19T17:58:34+0200] <ivan> Chair: RickJ", "Message", "ivan", "Chair: RickJ")] // Textual
    [InlineData("10:00 AM <•erickt> hello", "Message", "erickt", "hello")] // 12-hour clock
    [InlineData("<Ege> w3c/wot#2156", "Message", "Ege", "w3c/wot#2156")] // no time at all
    [InlineData("10:00 Intro and welcome", "None", null, "")] // an agenda line
    [InlineData("<https://example.org> is a link", "None", null, "")] // a Markdown autolink
    [InlineData("<br> text", "None", null, "")] // an HTML tag
    [InlineData("[link](https://example.org)", "None", null, "")] // a Markdown link
    [InlineData("25:61:00 <nick> text", "None", null, "")] // not a time of day
    public void Parse_ClientFormats_ReadsNickAndText(string line, string kind, string? nick, string text)
    {
        var parsed = IrcLine.Parse(line, 7);

        Assert.Equal((Enum.Parse<IrcLineKind>(kind), nick, text), (parsed.Kind, parsed.Nick, parsed.Text));
    }

    [Fact]
    public void Parse_TextualStamp_ReadsDateTimeAndOffset()
    {
        var parsed = IrcLine.Parse("[2017-09-19T17:58:34+0200] <ivan> hi", 1);

        Assert.Equal(new NodaTime.LocalDate(2017, 9, 19), parsed.Date);
        Assert.Equal(new NodaTime.LocalTime(17, 58, 34), parsed.Time);
        Assert.Equal(NodaTime.Offset.FromHours(2), parsed.Offset);
    }

    [Fact]
    public void Parse_EveryPrefixOfEveryFormat_NeverThrows()
    {
        // Cut-off lines end a log or a sample: every prefix must parse (to something or to nothing).
        string[] lines =
        [
            "[2017-09-19T17:58:34+0200] <ivan> hi", "[2019-05-20 12:01:17] \u2014 tzviya lurks", "10:00 AM <\u2022erickt> hello",
            "19:24\t*\tsipa waves", "09:01 < SimonSapin> text", "14:14:13 * kushal got", "[12:05] <nick> text", "12:05:01.123Z <a> b",
        ];
        foreach (var line in lines)
        {
            for (var length = 0; length <= line.Length; length++)
            {
                var exception = Record.Exception(() => IrcLine.Parse(line.AsSpan(0, length), 1));
                Assert.True(exception is null, $"'{line[..length]}' threw {exception}");
            }
        }
    }
}
