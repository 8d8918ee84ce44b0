using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Docket.Benchmarks.Import;

/// <summary>
/// What SQLite alone takes to store what an import stored: the rows of an imported store written
/// again into an empty one with the same schema (tables, indexes, triggers, full-text index), with
/// bare prepared statements bound by position, in as many transactions, each indexing its new
/// search entries the way an import does, and the index optimized at the end. No parsing, no EF,
/// no objects: whatever an importer does on top of this is its own cost, so this bounds from below
/// what any import of these rows can reach on this machine.
/// </summary>
internal static class StoreFloor
{
    /// <summary>Writes the rows of <paramref name="importedPath"/> into a new store beside it, in <paramref name="transactions"/> transactions; returns the seconds it took.</summary>
    public static double Measure(string importedPath, string emptyPath, int transactions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(transactions, 1);
        var (schema, tables) = Read(importedPath);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = emptyPath, Pooling = false }.ToString());
        connection.Open();
        var db = connection.Handle!;
        Execute(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");

        // Rows go in table by table within a transaction, so a slice may name a parent row of a
        // later slice: the keys are the imported ones, and checking them is not what is measured.
        Execute(db, "PRAGMA foreign_keys=OFF;");
        foreach (var statement in schema)
        {
            Execute(db, statement);
        }

        var start = Stopwatch.GetTimestamp();
        Execute(db, """INSERT INTO "SearchIndex"("SearchIndex", rank) VALUES ('automerge', 0);""");
        Execute(db, """INSERT INTO "SearchIndex"("SearchIndex", rank) VALUES ('hashsize', 67108864);""");
        long indexed = 0;
        for (var t = 0; t < transactions; t++)
        {
            Execute(db, "BEGIN IMMEDIATE;");
            foreach (var table in tables)
            {
                var first = table.Rows.Count * t / transactions;
                var end = table.Rows.Count * (t + 1) / transactions;
                Insert(db, table, first, end);
            }

            Execute(db, $"""INSERT INTO "SearchIndex"(rowid, "Text", "People", "Kind") SELECT "Id", "Text", "People", "Kind" FROM "SearchEntries" WHERE "Id" > {indexed};""");
            indexed = Scalar(db, """SELECT coalesce(max("Id"), 0) FROM "SearchEntries";""");
            Execute(db, "COMMIT;");
        }

        Execute(db, """INSERT INTO "SearchIndex"("SearchIndex") VALUES ('optimize');""");
        Execute(db, """INSERT INTO "SearchIndex"("SearchIndex", rank) VALUES ('automerge', 4);""");
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private sealed record Table(string Name, string[] Columns, List<object?[]> Rows);

    private sealed record Utf8(byte[] Bytes);

    /// <summary>The schema's statements (tables before indexes and triggers) and every row, read before the clock starts.</summary>
    private static (List<string> Schema, List<Table> Tables) Read(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var schema = new List<string>();
        var names = new List<string>();
        using (var command = connection.CreateCommand())
        {
            // The full-text index's shadow tables come with its CREATE VIRTUAL TABLE.
            command.CommandText = """
                SELECT type, name, sql FROM sqlite_schema
                WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'SearchIndex_%'
                ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, rowid
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                schema.Add(reader.GetString(2) + ";");
                if (reader.GetString(0) == "table" && !reader.GetString(2).StartsWith("CREATE VIRTUAL", StringComparison.OrdinalIgnoreCase))
                {
                    names.Add(reader.GetString(1));
                }
            }
        }

        var tables = new List<Table>();
        foreach (var name in names)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{name}\" ORDER BY rowid";
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[columns.Length];
                for (var i = 0; i < row.Length; i++)
                {
                    // Text as the UTF-8 the database stores, converted before the clock starts.
                    row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) is string text ? new Utf8(Encoding.UTF8.GetBytes(text)) : reader.GetValue(i);
                }

                rows.Add(row);
            }

            if (rows.Count > 0)
            {
                tables.Add(new Table(name, columns, rows));
            }
        }

        return (schema, tables);
    }

    private static void Insert(sqlite3 db, Table table, int first, int end)
    {
        var sql = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"?{i + 1}"))})";
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        using (statement)
        {
            for (var r = first; r < end; r++)
            {
                var row = table.Rows[r];
                for (var i = 0; i < row.Length; i++)
                {
                    Check(db, row[i] switch
                    {
                        null => raw.sqlite3_bind_null(statement, i + 1),
                        long number => raw.sqlite3_bind_int64(statement, i + 1, number),
                        double real => raw.sqlite3_bind_double(statement, i + 1, real),
                        Utf8 text => raw.sqlite3_bind_text(statement, i + 1, text.Bytes),
                        byte[] bytes => raw.sqlite3_bind_blob(statement, i + 1, bytes),
                        var other => throw new NotSupportedException(other.GetType().Name),
                    });
                }

                if (raw.sqlite3_step(statement) != raw.SQLITE_DONE)
                {
                    throw new InvalidOperationException($"{table.Name}: {raw.sqlite3_errmsg(db).utf8_to_string()}");
                }

                raw.sqlite3_reset(statement);
            }
        }
    }

    private static void Execute(sqlite3 db, string sql) => Check(db, raw.sqlite3_exec(db, sql));

    private static long Scalar(sqlite3 db, string sql)
    {
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        using (statement)
        {
            raw.sqlite3_step(statement);
            return raw.sqlite3_column_int64(statement, 0);
        }
    }

    private static void Check(sqlite3 db, int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new InvalidOperationException(raw.sqlite3_errmsg(db).utf8_to_string());
        }
    }
}
