using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Docket.Store.Sqlite;

/// <summary>
/// Per-connection settings: in WAL mode, <c>synchronous=NORMAL</c> syncs at checkpoints rather
/// than on every commit. A committed import still survives the process being killed; only a power
/// cut can lose the last commits, and never consistency. Set once per database handle: pooled
/// handles keep it, and a search opens a connection for a few milliseconds.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Settings = "PRAGMA synchronous=NORMAL;";

    private readonly ConditionalWeakTable<object, object> _prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (FirstOpen(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Settings;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (FirstOpen(connection))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = Settings;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // The native handle outlives the SqliteConnection objects the pool lends it to.
    private bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _prepared.TryAdd(handle, handle);
}
