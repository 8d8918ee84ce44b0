using Microsoft.Data.Sqlite;

namespace Docket.Benchmarks.Import;

/// <summary>Row counts of a SQLite store, read with plain SQL after the import is done.</summary>
internal static class StoreRows
{
    /// <summary>Every table's row count, the full-text index's own shadow tables and EF's history left out.</summary>
    public static IReadOnlyDictionary<string, long> Count(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = """
                SELECT name FROM sqlite_master
                WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'SearchIndex%' AND name <> '__EFMigrationsHistory'
                ORDER BY name
                """;
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            counts[table] = (long)count.ExecuteScalar()!;
        }

        return counts;
    }
}
