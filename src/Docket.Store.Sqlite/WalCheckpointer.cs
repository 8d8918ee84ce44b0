using Microsoft.Data.Sqlite;

namespace Docket.Store.Sqlite;

/// <summary>
/// Copies the write-ahead log into the database on a connection and thread of its own while a bulk
/// import writes (its connection's automatic checkpoints are off): a passive checkpoint copies what
/// is committed without waiting for or blocking the writer, and once it has copied everything the
/// writer's next transaction starts the log again from its beginning, so the log stays short.
/// </summary>
internal sealed class WalCheckpointer : IAsyncDisposable
{
    /// <summary>How often to look for newly committed pages: an import commits every couple of seconds.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _copying;

    public WalCheckpointer(string connectionString) =>
        _copying = Task.Run(() => CopyAsync(connectionString, _stop.Token), CancellationToken.None);

    private static async Task CopyAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            var connection = new SqliteConnection(connectionString);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var command = connection.CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                    while (true)
                    {
                        await Task.Delay(Interval, cancellationToken).ConfigureAwait(false);
                        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (SqliteException)
        {
            // Copying is only a help: without it the log grows until the import ends and its
            // connection checkpoints. The import's own writes report any real trouble with the file.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _copying.ConfigureAwait(false);
        _stop.Dispose();
    }
}
