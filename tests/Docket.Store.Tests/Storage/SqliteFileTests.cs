using Docket.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Docket.Store.Tests.Storage;

public sealed class SqliteFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("docket-file-");

    [Fact]
    public async Task Prepare_NewFile_HasEightKibibytePagesAndAWriteAheadLog()
    {
        var path = Path.Combine(_folder.FullName, "new.db");

        await new SqliteStore(path).PrepareAsync(CancellationToken.None);

        Assert.Equal((8192L, "wal"), Settings(path));
    }

    [Fact]
    public async Task Prepare_FileMadeElsewhere_KeepsItsPageSize()
    {
        var path = Path.Combine(_folder.FullName, "old.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_size=4096; CREATE TABLE kept (x INTEGER);";
            command.ExecuteNonQuery();
        }

        await new SqliteStore(path).PrepareAsync(CancellationToken.None);

        Assert.Equal((4096L, "wal"), Settings(path));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private static (long PageSize, string Journal) Settings(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size;";
        var pageSize = (long)command.ExecuteScalar()!;
        command.CommandText = "PRAGMA journal_mode;";
        return (pageSize, (string)command.ExecuteScalar()!);
    }
}
