using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Docket.Store.Sqlite;

/// <summary>
/// Per-connection settings: in WAL mode, <c>synchronous=NORMAL</c> syncs at checkpoints rather
/// than on every commit. A committed import still survives the process being killed; only a power
/// cut can lose the last commits, and never consistency. Each file is still one transaction.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = "PRAGMA synchronous=NORMAL;";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
