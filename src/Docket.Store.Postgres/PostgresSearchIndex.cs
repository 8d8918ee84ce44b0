using System.Globalization;
using System.Text;
using Docket.Store.Model;
using Docket.Store.Search;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Docket.Store.Postgres;

/// <summary>Search with a generated tsvector: <c>@@ to_tsquery('simple', @q)</c>, ranked by ts_rank, with ts_headline on the hits only.</summary>
internal sealed class PostgresSearchIndex : ISearchIndex
{
    /// <summary>The whole text with its matches marked: <see cref="IndexHit.ReadAllAsync"/> finds the line and makes the snippet, as on SQLite.</summary>
    private const string Headline = "StartSel=\uE000, StopSel=\uE001, HighlightAll=true";

    public async Task<(IReadOnlyList<IndexHit> Hits, int Total)> SearchAsync(DocketDbContext db, SearchIndexQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var parameters = new List<NpgsqlParameter>();
            var where = Filters(query, parameters);
            var text = query.TsQuery is not null;
            if (text)
            {
                parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.Text) { Value = query.TsQuery });
            }

            var from = text
                ? """FROM "SearchEntries" e WHERE e."Vector" @@ to_tsquery('simple', @q)"""
                : """FROM "SearchEntries" e WHERE TRUE""";
            var cap = (SearchIndexQuery.CountCap + 1).ToString(CultureInfo.InvariantCulture);
            int total;
            await using (var count = Command(connection, $"SELECT count(*) FROM (SELECT 1 {from}{where} LIMIT {cap}) c", parameters))
            {
                total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            }

            // Nothing matched: the ranked query would only read the same matches again.
            if (total == 0)
            {
                return ([], 0);
            }

            // As on SQLite: over the cap, ranking every match costs much and says little; the most
            // recently stored entries come first.
            var rank = total > SearchIndexQuery.CountCap ? """e."Id"::double precision""" : """ts_rank(e."Vector", to_tsquery('simple', @q))""";
            var limit = query.Limit.ToString(CultureInfo.InvariantCulture);
            var sql = text
                ? $"""
                   SELECT t."Id", t."MeetingId", t."Kind", t."Line",
                          ts_headline('simple', t."Text", to_tsquery('simple', @q), @headline)
                   FROM (SELECT e."Id", e."MeetingId", e."Kind", e."Line", e."Text", e."Date",
                                {rank} AS rank
                         {from}{where} ORDER BY rank DESC, e."Date" DESC NULLS LAST LIMIT {limit}) t
                   ORDER BY t.rank DESC, t."Date" DESC NULLS LAST
                   """
                : $"""SELECT e."Id", e."MeetingId", e."Kind", e."Line", e."Text" {from}{where} ORDER BY e."Date" DESC NULLS LAST, e."Id" DESC LIMIT {limit}""";

            List<IndexHit> hits;
            await using (var command = Command(connection, sql, parameters))
            {
                if (text)
                {
                    command.Parameters.Add(new NpgsqlParameter("headline", NpgsqlDbType.Text) { Value = Headline });
                }

                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                hits = await IndexHit.ReadAllAsync(reader, cancellationToken).ConfigureAwait(false);
            }

            return (hits, total);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    public async Task InsertAsync(DocketDbContext db, WriteCommands commands, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entries);
        _ = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Search entries are written inside the import's transaction.");
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var copy = await connection.BeginBinaryImportAsync(
            """COPY "SearchEntries" ("MeetingId", "SeriesId", "Kind", "Date", "Line", "Text", "People") FROM STDIN (FORMAT BINARY)""",
            cancellationToken).ConfigureAwait(false);
        await using (copy.ConfigureAwait(false))
        {
            foreach (var entry in entries)
            {
                await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(entry.MeetingId, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(entry.SeriesId, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync((int)entry.Kind, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                if (entry.Date is { } date)
                {
                    await copy.WriteAsync(date.ToDateOnly(), NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await copy.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                }

                await copy.WriteAsync(entry.Line, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(entry.Text, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(entry.People, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            }

            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // The tsvector is a generated column: the row is indexed as it is written.
    public Task<long> BeginWritesAsync(DocketDbContext db, bool bulk, CancellationToken cancellationToken) => Task.FromResult(0L);

    public Task CompleteWritesAsync(DocketDbContext db, long mark, CancellationToken cancellationToken) => Task.CompletedTask;

    // GIN folds its pending entries in by itself (autovacuum); there is no segment to merge.
    public Task<bool> SettleAsync(DocketDbContext db, long mark, CancellationToken cancellationToken) => Task.FromResult(false);

    private static string Filters(SearchIndexQuery query, List<NpgsqlParameter> parameters)
    {
        var where = new StringBuilder();
        if (query.Kinds.Count > 0)
        {
            where.Append(""" AND e."Kind" = ANY(@kinds)""");
            if (!query.Kinds.Contains(SearchKind.Note))
            {
                // Implied, but the planner only uses the kind index, which holds no notes, when told.
                where.Append(""" AND e."Kind" <> 0""");
            }
            parameters.Add(new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = query.Kinds.Select(k => (int)k).ToArray() });
        }

        if (query.Series is { } series)
        {
            where.Append(""" AND e."SeriesId" = ANY(@series)""");
            parameters.Add(new NpgsqlParameter("series", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = series.ToArray() });
        }

        if (query.HiddenMeetings.Count > 0)
        {
            where.Append(""" AND NOT (e."MeetingId" = ANY(@hidden))""");
            parameters.Add(new NpgsqlParameter("hidden", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = query.HiddenMeetings.ToArray() });
        }

        var n = 0;
        foreach (var group in query.People)
        {
            var names = group.Select(_ => $"p{n++.ToString(CultureInfo.InvariantCulture)}").ToList();
            where.Append(""" AND e."People" <> '' AND (""").AppendJoin(" OR ", names.Select(p => $"""e."People" LIKE @{p}""")).Append(')');
            parameters.AddRange(group.Zip(names, (id, p) => new NpgsqlParameter(p, NpgsqlDbType.Text) { Value = $"% {id.ToString(CultureInfo.InvariantCulture)} %" }));
        }

        if (query.Since is { } since)
        {
            where.Append(""" AND e."Date" >= @since""");
            parameters.Add(new NpgsqlParameter("since", NpgsqlDbType.Date) { Value = since.ToDateOnly() });
        }

        if (query.Until is { } until)
        {
            where.Append(""" AND e."Date" <= @until""");
            parameters.Add(new NpgsqlParameter("until", NpgsqlDbType.Date) { Value = until.ToDateOnly() });
        }

        return where.ToString();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, List<NpgsqlParameter> parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        return command;
    }
}
