using System.Text.RegularExpressions;
using Docket.Store.Tests.Fixtures;
using Docket.Web.BrowserTests.Fixtures;
using Docket.Web.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Docket.Web.BrowserTests.Flow;

/// <summary>
/// Issue 5's walk through the product, in Chromium, found by labels and roles as a person would:
/// sign up, make a team and a weekly series, propose topics, make the next meeting, write its notes,
/// see the decision and the action item read from them, tick the action off, find it in search.
/// </summary>
public sealed class NewTeamFlowTests(ITestOutputHelper output)
{
    // Words no page shows unless the notes written in this test put them there.
    private const string Decision = "Ship the zeppelin importer behind a feature flag";
    private const string Action = "publish the zeppelin migration checklist";

    [Fact]
    public async Task NewUser_SignsUpAndRunsAMeeting_FindsTheTickedActionInSearch()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await using var chromium = await Chromium.LaunchAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString() });
        // Two cores shared by several builds: generous waits, still bounded.
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var shots = new Screenshots(nameof(NewUser_SignsUpAndRunsAMeeting_FindsTheTickedActionInSearch), output);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"{message.Text} ({message.Location})");
            }
        };

        // Sign up: the account is signed in at once.
        await OpenAsync(page, "/account/sign-up");
        await page.GetByLabel("Display name").FillAsync("Dana Whitfield");
        await page.GetByLabel(new Regex("^e-?mail", RegexOptions.IgnoreCase)).FillAsync("dana@example.org");
        await page.GetByLabel(new Regex("^password", RegexOptions.IgnoreCase)).FillAsync(TestServer.Password);
        await shots.TakeAsync(page, "sign-up");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account$"));
        await shots.TakeAsync(page, "account");

        // A team, then a weekly series in it.
        await OpenAsync(page, "/teams/new");
        await page.GetByLabel(new Regex("^name", RegexOptions.IgnoreCase)).FillAsync("Zeppelin Project");
        await page.GetByLabel(new Regex("^(slug|address)", RegexOptions.IgnoreCase)).FillAsync("zeppelin");
        await shots.TakeAsync(page, "new-team");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create team" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/t/zeppelin$"));
        await shots.TakeAsync(page, "team");

        await OpenAsync(page, "/t/zeppelin/series/new");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Weekly sync");
        await page.GetByLabel("Cadence").FillAsync("weekly on Thursday 16:00 Europe/Berlin");
        await page.GetByLabel(new Regex("duration", RegexOptions.IgnoreCase)).FillAsync("45");
        await page.GetByLabel(new Regex("who may read|access", RegexOptions.IgnoreCase)).SelectOptionAsync("Public");
        await shots.TakeAsync(page, "new-series");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create series" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/t/zeppelin/s/weekly-sync$"));
        await shots.TakeAsync(page, "series");

        // Topics for the next meeting.
        await OpenAsync(page, "/t/zeppelin/s/weekly-sync/next");
        foreach (var topic in new[] { "Zeppelin importer rollout", "Docs for the new config keys" })
        {
            await page.GetByLabel("Topic", new() { Exact = true }).FillAsync(topic);
            await page.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();
            await Expect(page.GetByText(topic).First).ToBeVisibleAsync();
        }

        await shots.TakeAsync(page, "next-with-topics");

        // Make the next meeting, then take its notes on the web.
        await OpenAsync(page, "/t/zeppelin/s/weekly-sync/next");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make next meeting" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await shots.TakeAsync(page, "next-made");
        await OpenAsync(page, "/t/zeppelin/s/weekly-sync/next");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start notes" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/meetings/\d+/notes$"));
        var notes = page.GetByLabel(new Regex("^Notes"));
        await notes.FillAsync(
            $"""
            ## Agenda

            - Zeppelin importer rollout
            - Docs for the new config keys

            ## Notes

            - The importer passed the staging run with last month's data.
            - [DECISION] {Decision}.
            - #todo dana: {Action}
            """);
        await shots.TakeAsync(page, "notes-editor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save notes" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/meetings/\d+$"));
        var meetingUrl = page.Url;

        // The decision and the action item were read from the notes.
        var decisions = page.GetByRole(AriaRole.Region, new() { Name = "Decisions" });
        await Expect(decisions).ToContainTextAsync(Decision);
        var actions = page.GetByRole(AriaRole.Region, new() { Name = "Action items" });
        await Expect(actions).ToContainTextAsync(Action);
        await shots.TakeAsync(page, "meeting");

        // Tick the action off in place; it stays done after a reload.
        await actions.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Mark done") }).ClickAsync();
        await Expect(actions.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Reopen") })).ToBeVisibleAsync();
        await shots.TakeAsync(page, "action-done");
        await OpenAsync(page, meetingUrl);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Action items" }).GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Reopen") })).ToBeVisibleAsync();

        // Search finds the action by one of its words.
        await OpenAsync(page, "/search");
        await page.GetByLabel("Words").FillAsync("checklist");
        await page.GetByLabel("Words").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(new Regex("migration\\s+checklist", RegexOptions.IgnoreCase));
        await shots.TakeAsync(page, "search");

        Assert.True(problems.Count == 0, "console errors: " + string.Join("; ", problems));
    }

    // A page that is missing or failing fails the step at once, saying which, rather than after a wait for its labels.
    private static async Task OpenAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}: the page is missing or failing");
    }
}
