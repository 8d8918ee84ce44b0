using System.Data.Common;
using System.Globalization;
using System.Numerics;
using System.Text;
using Docket.Store.Model;
using Docket.Store.Search;
using Docket.Store.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Docket.Store.Sqlite;

/// <summary>Search with FTS5: <c>SearchIndex MATCH</c> on compiled query text, ranked by bm25, with snippet().</summary>
internal sealed class SqliteSearchIndex : ISearchIndex
{
    public async Task<(IReadOnlyList<IndexHit> Hits, int Total)> SearchAsync(DocketDbContext db, SearchIndexQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var parameters = new List<SqliteParameter>();
            // Words, or who: alone, go through the index: a person's entries are a posting list there.
            var text = query.Fts5 is not null;
            var indexed = text || query.People.Count > 0;
            var where = Filters(query, parameters, filtersInMatch: indexed);
            var from = indexed
                ? """FROM "SearchIndex" JOIN "SearchEntries" e ON e."Id" = "SearchIndex".rowid WHERE "SearchIndex" MATCH $match"""
                : """FROM "SearchEntries" e WHERE 1 = 1""";
            if (indexed)
            {
                parameters.Add(new SqliteParameter("$match", Match(query)));
            }

            // Counting stops at the cap, so it stays cheap however common the words are. Without a
            // filter on the entries the index alone counts: no entry is read.
            var cap = (SearchIndexQuery.CountCap + 1).ToString(CultureInfo.InvariantCulture);
            var counted = indexed && where.Length == 0 ? """FROM "SearchIndex" WHERE "SearchIndex" MATCH $match""" : from + where;
            int total;
            await using (var count = Command(connection, $"SELECT count(*) FROM (SELECT 1 {counted} LIMIT {cap})", parameters))
            {
                total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            }

            // Nothing matched: a filter that rules out every match (a person who never said the
            // word) would otherwise make the ranked query read all the matches a second time.
            if (total == 0)
            {
                return ([], 0);
            }

            var limit = query.Limit.ToString(CultureInfo.InvariantCulture);
            if (text)
            {
                var best = await BestAsync(connection, Best(from, where, common: total > SearchIndexQuery.CountCap, limit), parameters, cancellationToken).ConfigureAwait(false);
                return (await SnippetsAsync(connection, best, parameters, cancellationToken).ConfigureAwait(false), total);
            }

            var sql = $"""SELECT e."Id", e."MeetingId", e."Kind", e."Line", e."Text" {from}{where} ORDER BY e."Date" DESC, e."Id" DESC LIMIT {limit}""";
            await using var command = Command(connection, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return (await IndexHit.ReadAllAsync(reader, cancellationToken).ConfigureAwait(false), total);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The query for the ids of the best hits of a search with words, best first.</summary>
    private static string Best(string from, string where, bool common, string limit)
    {
        // bm25 scores every match before the top ones are known. Over the cap (a word in most
        // meetings) relevance says little anyway, so the most recently stored entries come first:
        // FTS5 reads its index backwards and stops at the limit; only a plain ORDER BY rowid lets
        // it, not an expression of it.
        var score = common ? """-"SearchIndex".rowid""" : """bm25("SearchIndex", 1.0, 0.0, 0.0)""";
        var order = common ? """ORDER BY "SearchIndex".rowid DESC""" : where.Length == 0 ? "ORDER BY score, id DESC" : "ORDER BY score, date DESC, id DESC";

        // From the index alone when no filter needs the entries (reading an entry per match, for its
        // date, cost more than ranking); ties go to the newer entry.
        return where.Length == 0
            ? $"""SELECT "SearchIndex".rowid AS id, {score} AS score, NULL AS date FROM "SearchIndex" WHERE "SearchIndex" MATCH $match {order} LIMIT {limit}"""
            : $"""SELECT e."Id" AS id, {score} AS score, e."Date" AS date {from}{where} {order} LIMIT {limit}""";
    }

    private static async Task<List<long>> BestAsync(SqliteConnection connection, string sql, List<SqliteParameter> parameters, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>The hits for these ids, in their order, with their matches marked (<see cref="IndexHit.ReadAllAsync"/> makes the snippets).</summary>
    private static async Task<IReadOnlyList<IndexHit>> SnippetsAsync(SqliteConnection connection, List<long> ids, List<SqliteParameter> parameters, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        // highlight() needs the MATCH, and each time FTS5 evaluates a MATCH it reads the words'
        // postings again: for a prefix, the merged postings of every word it starts. So the marks
        // come from one evaluation over the ids' rowid range, which FTS5 applies inside the index,
        // and only the rows asked for are marked (SQLite computes output columns after WHERE).
        // The unary + keeps SQLite from handing the IN list to FTS5 as one lookup per id.
        var sql = $"""
            SELECT e."Id", e."MeetingId", e."Kind", e."Line", highlight("SearchIndex", 0, char(57344), char(57345))
            FROM "SearchIndex" CROSS JOIN "SearchEntries" e
            WHERE "SearchIndex" MATCH $match
              AND "SearchIndex".rowid BETWEEN {ids.Min().ToString(CultureInfo.InvariantCulture)} AND {ids.Max().ToString(CultureInfo.InvariantCulture)}
              AND +"SearchIndex".rowid IN ({string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture)))})
              AND e."Id" = "SearchIndex".rowid
            """;
        List<IndexHit> hits;
        await using (var command = Command(connection, sql, parameters))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            hits = await IndexHit.ReadAllAsync(reader, cancellationToken).ConfigureAwait(false);
        }

        var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return [.. hits.OrderBy(h => order[h.EntryId])];
    }

    public Task InsertAsync(DocketDbContext db, WriteCommands commands, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(entries);

        // Entries come meeting by meeting: a meeting's date is written out once, not once per entry.
        NodaTime.LocalDate? date = null;
        string? dateText = null;
        for (var first = 0; first < entries.Count;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Many entries per statement, as the store's other inserts (SqliteStore.MaxRowsPerInsert).
            var rows = StoreProvider.RowsInNextInsert(entries.Count - first, SqliteStore.RowsPerInsert);
            var insert = commands.Get(InsertEntries[BitOperations.Log2((uint)rows)], transaction => new SqliteStatement((SqliteConnection)transaction.Connection!, InsertSql(rows)));
            for (var row = 0; row < rows; row++)
            {
                var entry = entries[first + row];
                if (entry.Date != date)
                {
                    date = entry.Date;
                    dateText = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }

                var at = row * EntryColumns.Length;
                insert.Bind(at + 1, entry.MeetingId);
                insert.Bind(at + 2, entry.SeriesId);
                insert.Bind(at + 3, (int)entry.Kind);
                insert.Bind(at + 4, dateText);
                insert.Bind(at + 5, entry.Line);
                insert.Bind(at + 6, entry.Text);
                insert.Bind(at + 7, entry.People);
            }

            insert.Execute();
            first += rows;
        }

        return Task.CompletedTask;
    }

    /// <summary>The columns an entry insert writes, bound in this order as ?1, ?2…</summary>
    private static readonly string[] EntryColumns = ["\"MeetingId\"", "\"SeriesId\"", "\"Kind\"", "\"Date\"", "\"Line\"", "\"Text\"", "\"People\""];

    /// <summary>The keys of the prepared entry inserts among a transaction's write commands: one per size, 1, 2, 4… <see cref="SqliteStore.RowsPerInsert"/> rows.</summary>
    private static readonly object[] InsertEntries = [.. Enumerable.Range(0, BitOperations.Log2(SqliteStore.RowsPerInsert) + 1).Select(_ => new object())];

    private static string InsertSql(int rows) =>
        StoreProvider.InsertSql("\"SearchEntries\"", EntryColumns, rows, value => "?" + (value + 1).ToString(CultureInfo.InvariantCulture));

    // Ids only grow (AUTOINCREMENT): whatever a transaction holding the write lock adds lies above
    // the largest id when it began.
    public async Task<long> BeginWritesAsync(DocketDbContext db, bool bulk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // FTS5 merges segments a little after every write (automerge): over a large import that work
        // is redone level after level, and cost half the indexing time. A bulk import turns it off
        // and merges once when it settles; any other write turns it back on, so a killed import
        // cannot leave it off for good. The setting is a row in the index's config table, written
        // and rolled back with the transaction. Likewise FTS5 writes its pending terms out as a new
        // segment whenever they pass 'hashsize' (1 MB by default): a bulk batch keeps them in memory
        // until it commits, one segment per batch instead of dozens.
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "SearchIndex"("SearchIndex", rank) VALUES ('automerge', {(bulk ? 0 : AutoMerge)});""",
            cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "SearchIndex"("SearchIndex", rank) VALUES ('hashsize', {(bulk ? BulkHashSize : HashSize)});""",
            cancellationToken).ConfigureAwait(false);
        return await db.Database.SqlQueryRaw<long>("""SELECT coalesce(max("Id"), 0) AS "Value" FROM "SearchEntries" """)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
    }

    // FTS5 keeps new terms in memory until the transaction ends (or a savepoint opens), then writes
    // them as one segment: one insert of a whole batch costs a fraction of a trigger per row, which
    // flushed a segment per statement. Deletes still go through the delete trigger.
    public async Task CompleteWritesAsync(DocketDbContext db, long mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "SearchIndex"(rowid, "Text", "People", "Kind") SELECT "Id", "Text", "People", "Kind" FROM "SearchEntries" WHERE "Id" > {mark}""",
            cancellationToken).ConfigureAwait(false);
    }

    // Automerge and the usual hashsize come back. 'optimize' rewrites the whole index (a few seconds for a million
    // entries), so only after an import that wrote at least a quarter of it; after smaller ones the
    // segments they left are merged by the writes that follow.
    public async Task<bool> SettleAsync(DocketDbContext db, long mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "SearchIndex"("SearchIndex", rank) VALUES ('automerge', {AutoMerge});""",
            cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "SearchIndex"("SearchIndex", rank) VALUES ('hashsize', {HashSize});""",
            cancellationToken).ConfigureAwait(false);
        var added = await db.Database.SqlQuery<long>($"""SELECT count(*) AS "Value" FROM "SearchEntries" WHERE "Id" > {mark}""")
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var all = added < SettleAtLeast ? 0 : await db.Database.SqlQueryRaw<long>("""SELECT count(*) AS "Value" FROM "SearchEntries" """)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        if (added < SettleAtLeast || added * 4 < all)
        {
            return false;
        }

        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "SearchIndex"("SearchIndex") VALUES ('optimize');""", cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>FTS5's own default for automerge: merge once four segments of a size pile up.</summary>
    private const int AutoMerge = 4;

    /// <summary>FTS5's own default for hashsize: pending terms are written out once they take a megabyte.</summary>
    private const int HashSize = 1024 * 1024;

    /// <summary>Pending terms a bulk batch keeps in memory: a batch of 16 MB of notes makes well under this.</summary>
    private const int BulkHashSize = 64 * 1024 * 1024;

    /// <summary>Fewer new entries than this never call for a merge: automerge keeps such an index in shape.</summary>
    internal const int SettleAtLeast = 10_000;

    /// <summary>
    /// The MATCH text: the compiled words confined to the Text column (so no typed word can match a
    /// person's id or a kind), then each <c>who:</c> and the kinds as terms of their own columns.
    /// Words or at least one <c>who:</c> are required: kinds alone match too much to be worth it.
    /// </summary>
    private static string Match(SearchIndexQuery query)
    {
        var match = new StringBuilder();
        if (query.Fts5 is not null)
        {
            match.Append("Text : (").Append(query.Fts5).Append(')');
        }

        foreach (var group in query.People)
        {
            match.Append(match.Length == 0 ? "People : (" : " AND People : (").AppendJoin(" OR ", group.Select(id => id.ToString(CultureInfo.InvariantCulture))).Append(')');
        }

        if (query.Kinds.Count > 0)
        {
            match.Append(" AND Kind : (").AppendJoin(" OR ", query.Kinds.Select(k => ((int)k).ToString(CultureInfo.InvariantCulture))).Append(')');
        }

        return match.ToString();
    }

    // With words or who: to match, who: and kind: are part of MATCH (see Match); kind: alone filters rows.
    private static string Filters(SearchIndexQuery query, List<SqliteParameter> parameters, bool filtersInMatch)
    {
        var where = new StringBuilder();
        if (query.Kinds.Count > 0 && !filtersInMatch)
        {
            where.Append(CultureInfo.InvariantCulture, $""" AND e."Kind" IN ({string.Join(',', query.Kinds.Select(k => ((int)k).ToString(CultureInfo.InvariantCulture)))})""");
            if (!query.Kinds.Contains(SearchKind.Note))
            {
                // Implied, but SQLite only uses the kind index, which holds no notes, when told.
                where.Append(""" AND e."Kind" <> 0""");
            }
        }

        if (query.Series is { } series)
        {
            where.Append(CultureInfo.InvariantCulture, $""" AND e."SeriesId" IN ({(series.Count == 0 ? "NULL" : string.Join(',', series.Select(s => s.ToString(CultureInfo.InvariantCulture))))})""");
        }

        if (query.HiddenMeetings.Count > 0)
        {
            where.Append(CultureInfo.InvariantCulture, $""" AND e."MeetingId" NOT IN ({string.Join(',', query.HiddenMeetings.Select(m => m.ToString(CultureInfo.InvariantCulture)))})""");
        }

        if (query.Since is { } since)
        {
            where.Append(""" AND e."Date" >= $since""");
            parameters.Add(new SqliteParameter("$since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (query.Until is { } until)
        {
            where.Append(""" AND e."Date" <= $until""");
            parameters.Add(new SqliteParameter("$until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return where.ToString();
    }

    private static DbCommand Command(SqliteConnection connection, string sql, List<SqliteParameter> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new SqliteParameter(parameter.ParameterName, parameter.Value));
        }

        return command;
    }
}
