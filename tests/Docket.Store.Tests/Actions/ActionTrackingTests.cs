using Docket.Store.Actions;
using Docket.Store.Model;
using Docket.Store.Tests.Fixtures;

namespace Docket.Store.Tests.Actions;

public sealed class ActionTrackingTests
{
    private const string WeekOne = """
        # Infra weekly 2024-03-07

        ## Action items
        - [ ] Aaron to fix GCP builds first
        - [ ] carol to write the runner docs for newcomers
        """;

    private const string WeekTwo = """
        # Infra weekly 2024-03-14

        ## Action Items from Last Week
        - [x] Aaron to fix GCP builds first
        - [ ] carol to write the runner docs for new contributors

        ## Action items
        - [ ] dave to rotate the deploy keys
        """;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task CarriedItem_IsTheSameItemAndClosesWhenCheckedOff(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/2024-03-07.md", WeekOne, series: "infra");
        await store.ImportTextAsync("/notes/2024-03-14.md", WeekTwo, series: "infra");

        var rows = await ListAsync(store, new ActionFilter());

        Assert.Equal(3, rows.Count);
        var aaron = rows.Single(r => r.Owners.SequenceEqual(["Aaron"]));
        Assert.Equal(ActionStatus.Done, aaron.Status);
        Assert.Equal(2, aaron.Mentions);
        Assert.Equal("/notes/2024-03-07.md", aaron.First.File);
        Assert.Equal(4, aaron.First.Line);
        Assert.Equal("/notes/2024-03-14.md", aaron.Last.File);

        // Its words changed a little on the way ("newcomers" → "new contributors"): still the same item.
        var carol = rows.Single(r => r.Owners.SequenceEqual(["carol"]));
        Assert.Equal(ActionStatus.Open, carol.Status);
        Assert.Equal(2, carol.Mentions);
        Assert.Equal(2, carol.AgeMeetings);
        Assert.Equal("carol to write the runner docs for new contributors", carol.Text);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task CarriedItem_ImportedOutOfOrder_EndsTheSame(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/2024-03-14.md", WeekTwo, series: "infra");
        await store.ImportTextAsync("/notes/2024-03-07.md", WeekOne, series: "infra");

        var rows = await ListAsync(store, new ActionFilter());

        Assert.Equal(ActionStatus.Done, rows.Single(r => r.Owners.SequenceEqual(["Aaron"])).Status);
        Assert.Equal("/notes/2024-03-07.md", rows.Single(r => r.Owners.SequenceEqual(["Aaron"])).First.File);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Filters_OpenWhoAndSeries_NarrowTheList(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/2024-03-07.md", WeekOne, series: "infra");
        await store.ImportTextAsync("/notes/2024-03-14.md", WeekTwo, series: "infra");
        await store.ImportTextAsync("/notes/other.md", "# Board 2024-03-08\n\n## Action items\n- [ ] Aaron to sign the lease\n", series: "board");

        var open = await ListAsync(store, new ActionFilter { OpenOnly = true });
        var aaronsOpen = await ListAsync(store, new ActionFilter { OpenOnly = true, Who = "@aaron" });
        var infra = await ListAsync(store, new ActionFilter { Series = "infra" });

        Assert.Equal(3, open.Count);
        Assert.Equal(["Aaron to sign the lease"], aaronsOpen.Select(r => r.Text));
        Assert.Equal(3, infra.Count);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Mark_Done_StandsAgainstLaterNotes(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/2024-03-07.md", WeekOne, series: "infra");
        var carol = (await ListAsync(store, new ActionFilter { Who = "carol" })).Single();

        var marked = await store.Actions.MarkAsync(carol.Id, ActionStatus.Done);
        await store.ImportTextAsync("/notes/2024-03-14.md", WeekTwo, series: "infra");

        Assert.Equal(ActionStatus.Done, marked.Value!.Status);
        Assert.Equal(ActionStatus.Done, (await ListAsync(store, new ActionFilter { Who = "carol" })).Single().Status);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Mark_UnknownId_SaysSo(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        var marked = await store.Actions.MarkAsync(4242, ActionStatus.Done);

        Assert.Equal("there is no action item 4242", marked.Message);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Notes_SayingDoneOrDropped_CloseTheItem(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/2024-03-07.md", WeekOne, series: "infra");
        await store.ImportTextAsync("/notes/2024-03-14.md", """
            # Infra weekly 2024-03-14

            ## Action Items from Last Week
            - Aaron to fix GCP builds first - DONE
            - carol to write the runner docs for newcomers (dropped)
            """, series: "infra");

        var rows = await ListAsync(store, new ActionFilter());

        Assert.Equal(ActionStatus.Done, rows.Single(r => r.Owners.SequenceEqual(["Aaron"])).Status);
        Assert.Equal(ActionStatus.Dropped, rows.Single(r => r.Owners.SequenceEqual(["carol"])).Status);
    }

    [Fact]
    public void Key_StateRemarksAndPunctuation_AreIgnored()
    {
        Assert.Equal("aaron to fix gcp builds first", ActionWords.Key("Aaron to fix GCP builds first - DONE"));
        Assert.Equal("aaron to fix gcp builds first", ActionWords.Key("✅ Aaron to fix GCP-builds first!"));
        Assert.Equal("carol to write docs", ActionWords.Key("carol to write docs (dropped)"));
    }

    private static async Task<IReadOnlyList<ActionRow>> ListAsync(TestStore store, ActionFilter filter)
    {
        var result = await store.Actions.ListAsync(filter);
        Assert.True(result.Succeeded, result.Message);
        return result.Value!;
    }
}
