using Docket.Store.Sqlite;
using Docket.Store.Storage;
using Microsoft.Data.Sqlite;

namespace Docket.Store.Tests.Storage;

/// <summary>SQLite's bulk writes bind values straight to the native statement: each must arrive as the value and storage class it was.</summary>
public sealed class SqliteBindingTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("docket-bind-");

    [Fact]
    public async Task Bind_TextNumbersAndNull_AreStoredAsGiven()
    {
        var longText = string.Concat(Enumerable.Repeat("é協🌱", 3000));   // far past the first text buffer
        var rows = new (object? Value, string Type, string Shown)[]
        {
            ("", "text", ""),
            ("Zoë — 協同組合 🌱", "text", "Zoë — 協同組合 🌱"),
            (longText, "text", longText),
            ("after the long one", "text", "after the long one"),
            (null, "null", ""),
            (42L, "integer", "42"),
            (-7, "integer", "-7"),
            (true, "integer", "1"),
            (2.5, "real", "2.5"),
        };

        var stored = await WriteAndReadAsync(rows.Select(r => r.Value).ToList(), typed: false);

        Assert.Equal(rows.Select(r => (r.Type, r.Shown)), stored);
    }

    [Fact]
    public async Task BindByStorageClass_TextNumbersAndNull_AreStoredAsGiven()
    {
        var stored = await WriteAndReadAsync(["", "ünïcode", 9_000_000_000L, 0.25, null], typed: true);

        Assert.Equal([("text", ""), ("text", "ünïcode"), ("integer", "9000000000"), ("real", "0.25"), ("null", "")], stored);
    }

    [Fact]
    public async Task Bind_AfterTheWriteIsDisposed_IsRefusedNotHandedToSqlite()
    {
        var path = Path.Combine(_folder.FullName, "disposed.db");
        var store = new SqliteStore(path);
        await store.PrepareAsync(CancellationToken.None);
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var write = store.PrepareWrite(transaction, "SELECT ?1", null, []);

        write.Dispose();

        Assert.Throws<ObjectDisposedException>(() => write.Bind(0, 1L));
        Assert.Throws<ObjectDisposedException>(() => write.Bind(0, "text"));
    }

    private async Task<List<(string Type, string Shown)>> WriteAndReadAsync(List<object?> values, bool typed)
    {
        var path = Path.Combine(_folder.FullName, "bind.db");
        var store = new SqliteStore(path);
        await store.PrepareAsync(CancellationToken.None);
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE bound (at INTEGER PRIMARY KEY, value ANY) STRICT";
            await create.ExecuteNonQueryAsync();
        }

        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            using var write = store.PrepareWrite(transaction, "INSERT INTO bound (at, value) VALUES (?1, ?2)", null, []);
            for (var i = 0; i < values.Count; i++)
            {
                write.Bind(0, (long)i);
                if (typed && write is IStorageClassWrite classes)
                {
                    switch (values[i])
                    {
                        case null: classes.BindNull(1); break;
                        case string text: classes.BindText(1, text); break;
                        case long number: classes.BindInteger(1, number); break;
                        case double real: classes.BindReal(1, real); break;
                    }
                }
                else
                {
                    Assert.False(typed, "SQLite's writes take values by storage class");
                    write.Bind(1, values[i]);
                }

                await write.ExecuteAsync(CancellationToken.None);
            }

            await transaction.CommitAsync();
        }

        var stored = new List<(string, string)>();
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT typeof(value), coalesce(CAST(value AS TEXT), '') FROM bound ORDER BY at";
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stored.Add((reader.GetString(0), reader.GetString(1)));
        }

        return stored;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
