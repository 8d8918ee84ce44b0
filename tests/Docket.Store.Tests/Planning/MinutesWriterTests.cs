using Docket.Store.Planning;
using Docket.Store.Tests.Fixtures;

namespace Docket.Store.Tests.Planning;

public sealed class MinutesWriterTests
{
    private const string Notes = """
        # Infra 2026-11-17

        Attendees: carol, dave

        ## Notes
        - [DECISION] Use Drone <script>alert(1)</script>
        - [ ] carol to rotate the deploy keys
        - [x] dave to fix the [runner](javascript:alert(1))
        - [QUESTION] Who owns the backups?
        - see https://github.com/gomods/athens/pull/1091
        """;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Write_Markdown_HasDecisionsActionsByOwnerQuestionsAndLinks(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/infra.md", Notes, series: "infra");

        var minutes = (await new MinutesWriter(store.Provider).WriteAsync("infra", "latest", html: false)).Value!;

        Assert.Contains("## Decisions", minutes, StringComparison.Ordinal);
        Assert.Contains("### carol\n\n- carol to rotate the deploy keys (open)", minutes, StringComparison.Ordinal);
        Assert.Contains("(done)", minutes, StringComparison.Ordinal);
        Assert.Contains("Who owns the backups?", minutes, StringComparison.Ordinal);
        Assert.Contains("<https://github.com/gomods/athens/pull/1091>", minutes, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Write_Html_NoScriptNoJavascriptLinks(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/infra.md", Notes, series: "infra");

        var html = (await new MinutesWriter(store.Provider).WriteAsync("infra", "2026-11-17", html: true)).Value!;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"https://github.com/gomods/athens/pull/1091\">", html, StringComparison.Ordinal);
    }

    public static TheoryData<string, string?, string> Missing => new()
    {
        // No such series.
        { "nope", "latest", "there is no series 'nope'" },
        // A date the series did not meet.
        { "infra", "2026-11-18", "has no meeting on 2026-11-18" },
        // Not a date.
        { "infra", "yesterday", "neither a date" },
        // An id nobody has.
        { "9999", null, "there is no meeting 9999" },
    };

    [Theory]
    [MemberData(nameof(Missing))]
    public async Task Write_NoSuchMeeting_ClearMessage(string meeting, string? date, string expected)
    {
        await using var store = await TestStore.CreateAsync(TestStore.Sqlite);
        await store.ImportTextAsync("/notes/infra.md", Notes, series: "infra");

        var minutes = await new MinutesWriter(store.Provider).WriteAsync(meeting, date, html: false);

        Assert.False(minutes.Succeeded);
        Assert.Contains(expected, minutes.Message, StringComparison.Ordinal);
    }
}
