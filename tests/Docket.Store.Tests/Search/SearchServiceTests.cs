using Docket.Store.Model;
using Docket.Store.Search;
using Docket.Store.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Tests.Search;

public sealed class SearchServiceTests
{
    private const string Infra = """
        # Infra weekly 2024-03-07

        Attending: @carol, dave

        ## Choosing a Travis alternative
        - Travis is slow and the free tier is gone (#1211)
        - [DECISION] Decided to go with Drone

        ## Action items
        - [ ] carol to set up the new runners
        - dave will write the migration guide
        """;

    private const string Later = """
        # Infra weekly 2024-04-04

        Attending: carol

        ## Runners
        - The new runners are fast; see gomods/athens#1211 for the numbers
        - [QUESTION] Do we keep a Travis badge?
        """;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_Word_FindsNotesAndItemsWithTheirMeeting(string provider)
    {
        await using var store = await SeededAsync(provider);

        var found = await SearchAsync(store, "travis");

        // The notes under the heading (one passage), the decision (found through its topic) and the question.
        Assert.Equal(3, found.Total);
        Assert.Contains(found.Hits, h => h.Kind == SearchKind.Decision && h.Text.StartsWith("Decided to go with Drone", StringComparison.Ordinal));
        Assert.Contains(found.Hits, h => h.Kind == SearchKind.Question && h.Source.Date == new NodaTime.LocalDate(2024, 4, 4));
        var note = Assert.Single(found.Hits, h => h.Kind == SearchKind.Note);
        Assert.Equal("/notes/infra-03.md", note.Source.File);
        Assert.Equal(5, note.Source.Line);
        Assert.Equal("Choosing a Travis alternative", note.Text);
        Assert.Equal($"Choosing a {SearchHit.HighlightStart}Travis{SearchHit.HighlightEnd} alternative", note.Snippet);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_NotesWithUnicodeLineSeparators_PlacesTheHitOnTheLineTheReaderCounts(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        // U+2029 and U+2028 (pasted from a document) and a form feed end no line for the notes reader.
        await store.ImportTextAsync("/notes/sep.md", "# Sync 2024-03-07\r\n\r\n- intro\u2029 pasted\u2028 text\f here\r\n- kiwi talk\r\n", series: "sync");

        var hit = Assert.Single((await SearchAsync(store, "kiwi")).Hits);

        Assert.Equal(4, hit.Source.Line);
        Assert.Equal("kiwi talk", hit.Text);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_WordsOnNeighbouringLines_AreFoundTogetherOnTheLineThatMatchedMost(string provider)
    {
        await using var store = await SeededAsync(provider);

        var slow = await SearchAsync(store, "slow");
        var both = await SearchAsync(store, "alternative tier");
        var most = await SearchAsync(store, "travis free");

        var note = Assert.Single(slow.Hits);
        Assert.Equal(6, note.Source.Line);
        Assert.Equal("Travis is slow and the free tier is gone (#1211)", note.Text);
        Assert.Equal($"Travis is {SearchHit.HighlightStart}slow{SearchHit.HighlightEnd} and the free tier is gone (#1211)", note.Snippet);
        Assert.Equal(5, Assert.Single(both.Hits).Source.Line);
        Assert.Equal(6, Assert.Single(most.Hits, h => h.Kind == SearchKind.Note).Source.Line);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_IssueReference_FindsEveryMeetingThatMentionedIt(string provider)
    {
        await using var store = await SeededAsync(provider);

        var found = await SearchAsync(store, "#1211");

        Assert.Equal([new NodaTime.LocalDate(2024, 3, 7), new NodaTime.LocalDate(2024, 4, 4)], found.Hits.Select(h => h.Source.Date!.Value).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_KindAndWho_NarrowTheResults(string provider)
    {
        await using var store = await SeededAsync(provider);

        var actions = await SearchAsync(store, "runners kind:action");
        var carols = await SearchAsync(store, "who:@carol kind:action");
        var daves = await SearchAsync(store, "guide", who: "Dave");

        Assert.Equal(["carol to set up the new runners"], actions.Hits.Select(h => h.Text));
        Assert.Equal(["carol to set up the new runners"], carols.Hits.Select(h => h.Text));
        Assert.Equal(["dave will write the migration guide"], daves.Hits.Select(h => h.Text));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_KindAlone_ListsThatKindNewestFirst_NotesIncluded(string provider)
    {
        await using var store = await SeededAsync(provider);

        var actions = await SearchAsync(store, "kind:action");
        var notes = await SearchAsync(store, "kind:note");

        // Of one meeting, the entry stored last comes first.
        Assert.Equal(["dave will write the migration guide", "carol to set up the new runners"], actions.Hits.Select(h => h.Text));
        Assert.Equal(["Do we keep a Travis badge? · Runners"], (await SearchAsync(store, "kind:question")).Hits.Select(h => h.Text));
        Assert.Equal(0, (await SearchAsync(store, "kind:decision since:2024-04-01")).Total);
        Assert.True(notes.Total >= 3, $"{notes.Total} notes");
        Assert.All(notes.Hits, h => Assert.Equal(SearchKind.Note, h.Kind));
        Assert.Equal(new NodaTime.LocalDate(2024, 4, 4), notes.Hits[0].Source.Date);
        Assert.Equal(new NodaTime.LocalDate(2024, 3, 7), notes.Hits[^1].Source.Date);
    }

    [Fact]
    public async Task KindIndex_HoldsNoNotes_AndServesAListingOfOtherKinds()
    {
        await using var store = await TestStore.CreateAsync(TestStore.Sqlite);
        await using var db = store.Provider.CreateContext();

        var definition = await db.Database.SqlQueryRaw<string>("""SELECT sql AS "Value" FROM sqlite_schema WHERE name = 'IX_SearchEntries_Kind_Date'""").SingleAsync();
        await db.Database.OpenConnectionAsync();
        await using var explain = db.Database.GetDbConnection().CreateCommand();
        explain.CommandText = """
            EXPLAIN QUERY PLAN
            SELECT e."Id" FROM "SearchEntries" e WHERE 1 = 1 AND e."Kind" IN (2) AND e."Kind" <> 0 ORDER BY e."Date" DESC, e."Id" DESC LIMIT 20
            """;
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.EndsWith("""WHERE "Kind" <> 0""", definition, StringComparison.Ordinal);
        Assert.Contains(plan, p => p.Contains("IX_SearchEntries_Kind_Date", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_PhraseNotAndDates_AreApplied(string provider)
    {
        await using var store = await SeededAsync(provider);

        Assert.Equal(1, (await SearchAsync(store, "\"new runners are fast\"")).Total);
        Assert.Equal(3, (await SearchAsync(store, "runn*")).Total);   // the action, the notes under "Runners", the question there
        Assert.Equal(2, (await SearchAsync(store, "travis -drone")).Total);
        Assert.Equal(1, (await SearchAsync(store, "travis since:2024-04-01")).Total);
        Assert.Equal(2, (await SearchAsync(store, "travis until:2024-03-31")).Total);
        Assert.Equal(0, (await SearchAsync(store, "travis series:infra-weekly since:2030-01-01")).Total);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_VisibleSeries_HidesOtherSeriesFromHitsAndCounts(string provider)
    {
        await using var store = await SeededAsync(provider);
        await store.ImportTextAsync("/notes/secret.md", "# Board 2024-03-08\n\n- Travis contract terms are secret\n", series: "board");

        var all = await store.Search.SearchAsync(new SearchRequest("travis"));
        var infraOnly = await store.Search.SearchAsync(new SearchRequest("travis") { VisibleSeries = [await SeriesIdAsync(store, "infra-weekly")] });

        Assert.Equal(4, all.Value!.Total);
        Assert.Equal(3, infraOnly.Value!.Total);
        Assert.DoesNotContain(infraOnly.Value.Hits, h => h.Text.Contains("secret", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_Reimport_KeepsTheIndexInStep(string provider)
    {
        await using var store = await SeededAsync(provider);

        await store.ImportTextAsync("/notes/infra-03.md", Infra.Replace("Travis is slow", "Jenkins is slow", StringComparison.Ordinal));

        Assert.Equal(3, (await SearchAsync(store, "travis")).Total);
        Assert.Equal(1, (await SearchAsync(store, "jenkins")).Total);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_WordInThousandsOfEntries_CountsToTheCapAndStillReturnsHits(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        // Two blank lines between: each item is a passage of its own.
        var lines = string.Join("\n\n\n", Enumerable.Range(1, 1200).Select(i => $"- standup item {i} about the release"));
        await store.ImportTextAsync("/notes/big.md", $"# Sync 2024-01-04\n\n{lines}\n", series: "sync");
        await store.ImportTextAsync("/notes/later.md", "# Sync 2024-01-11\n\n- the release is out\n", series: "sync");

        var found = await SearchAsync(store, "release");

        Assert.True(found.TotalIsCapped);
        Assert.Equal(20, found.Hits.Count);
        Assert.All(found.Hits, h => Assert.Contains($"{SearchHit.HighlightStart}release{SearchHit.HighlightEnd}", h.Snippet, StringComparison.Ordinal));
    }

    // Each row: user text that an unguarded MATCH / to_tsquery would choke on or misread.
    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Search_HostileQuery_GetsAClearMessageNeverADatabaseError(string provider, string query, string expected)
    {
        await using var store = await SeededAsync(provider);

        var result = await store.Search.SearchAsync(new SearchRequest(query));

        Assert.False(result.Succeeded);
        Assert.Equal(QueryProblem.BadQuery, result.Problem);
        Assert.Contains(expected, result.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> HostileQueries()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var provider in TestStore.ProviderNames)
        {
            data.Add(provider, "\"unbalanced", "unclosed quote");      // FTS5: syntax error
            data.Add(provider, "-travis", "at least one word");       // FTS5 cannot run a lone NOT
            data.Add(provider, "kind:secret travis", "unknown kind");  // not a filter we have
            data.Add(provider, "travis since:2024-13-01", "not a date");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_ColumnFilterSyntax_IsReadAsWordsNotAColumn(string provider)
    {
        await using var store = await SeededAsync(provider);

        var result = await store.Search.SearchAsync(new SearchRequest("Text:travis"));

        Assert.True(result.Succeeded);
        Assert.Equal(0, result.Value!.Total);   // the phrase "text travis" is in no note
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_TypedNumbers_MatchOnlyWordsNeverPeopleIdsOrKinds(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/plain.md", "# Sync\n\nAttendees: Ada, Bea\n\n- [DECISION] Keep the plan\n- [ ] Ada to call Bea\n- [QUESTION] Why not?\n", series: "sync");
        await using var db = store.Provider.CreateContext();
        var ids = await db.People.Select(p => p.Id).ToListAsync();
        Assert.NotEmpty(ids);

        foreach (var typed in ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Concat(["0", "1", "2", "3", "4", "5"]))
        {
            Assert.Equal(0, (await SearchAsync(store, typed)).Total);
        }

        Assert.Equal(1, (await SearchAsync(store, "bea", who: "Ada")).Total);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_UnknownPersonOrSeries_SaysSo(string provider)
    {
        await using var store = await SeededAsync(provider);

        var nobody = await store.Search.SearchAsync(new SearchRequest("travis who:zelda"));
        var noSeries = await store.Search.SearchAsync(new SearchRequest("travis") { Series = "athens" });

        Assert.Equal("nobody called 'zelda' appears in the notes", nobody.Message);
        Assert.Equal("there is no series 'athens'", noSeries.Message);
    }

    private static async Task<TestStore> SeededAsync(string provider)
    {
        var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/infra-03.md", Infra, series: "Infra weekly");
        await store.ImportTextAsync("/notes/infra-04.md", Later, series: "Infra weekly");
        return store;
    }

    private static async Task<SearchResults> SearchAsync(TestStore store, string query, string? who = null)
    {
        var result = await store.Search.SearchAsync(new SearchRequest(query) { Who = who });
        Assert.True(result.Succeeded, result.Message);
        return result.Value!;
    }

    private static async Task<int> SeriesIdAsync(TestStore store, string slug)
    {
        await using var db = store.Provider.CreateContext();
        return db.Series.Single(s => s.Slug == slug).Id;
    }
}
