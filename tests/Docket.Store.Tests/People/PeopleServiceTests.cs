using Docket.Store.Actions;
using Docket.Store.People;
using Docket.Store.Search;
using Docket.Store.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Tests.People;

public sealed class PeopleServiceTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Alias_OfSomeoneElse_MergesEverythingIntoOnePerson(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/a.md", "# Sync 2024-01-04\n\nAttendees: hsanjuan, carol\n\n## Action items\n- [ ] hsanjuan to cut the release\n", series: "sync");
        await store.ImportTextAsync("/notes/b.md", "# Sync 2024-01-11\n\nAttendees: Hector Sanjuan\n\n## Action items\n- [ ] Hector Sanjuan will update the docs\n", series: "sync");
        var people = new PeopleService(store.Provider);

        var merged = await people.AliasAsync("hsanjuan", "Hector Sanjuan");

        Assert.True(merged.Succeeded, merged.Message);
        Assert.Equal(["hector sanjuan", "hsanjuan"], merged.Value!.Aliases);
        Assert.Equal(2, merged.Value.Meetings);
        Assert.Equal(2, merged.Value.OpenActions);
        Assert.Equal(2, (await store.Actions.ListAsync(new ActionFilter { Who = "hsanjuan" })).Value!.Count);
        Assert.Equal(2, (await store.Search.SearchAsync(new SearchRequest("kind:action") { Who = "Hector Sanjuan" })).Value!.Total);

        // With words, who: is matched by the full-text index: it must have followed the merge.
        Assert.Equal(1, (await store.Search.SearchAsync(new SearchRequest("release kind:action") { Who = "Hector Sanjuan" })).Value!.Total);
        await using var db = store.Provider.CreateContext();
        Assert.Equal(2, await db.People.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Alias_NewName_IsFoundFromNowOn(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/a.md", "# Sync 2024-01-04\n\nAttendees: hsanjuan\n", series: "sync");

        var added = await new PeopleService(store.Provider).AliasAsync("@hsanjuan", "Hector");
        await store.ImportTextAsync("/notes/b.md", "# Sync 2024-01-11\n\nAttendees: @Hector\n", series: "sync");

        Assert.Equal(["hector", "hsanjuan"], added.Value!.Aliases);
        Assert.Equal(2, (await new PeopleService(store.Provider).ListAsync()).Single().Meetings);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Alias_UnknownPerson_SaysSo(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        var result = await new PeopleService(store.Provider).AliasAsync("zelda", "z");

        Assert.Equal("nobody called 'zelda' appears in the notes", result.Message);
    }
}
