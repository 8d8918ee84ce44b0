using Docket.Store.Storage;
using Npgsql;

namespace Docket.Cli.Store;

/// <summary>Opens the store for a command, turning "cannot reach the database" into one clear line.</summary>
internal static class StoreSession
{
    public static async Task<StoreProvider?> OpenAsync(string command, string? db, CancellationToken cancellationToken)
    {
        StoreProvider provider;
        try
        {
            provider = StoreOption.Open(db);
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException)
        {
            await Console.Error.WriteLineAsync($"docket {command}: --db is not a usable path or connection string: {e.Message}").ConfigureAwait(false);
            return null;
        }

        try
        {
            await provider.PrepareAsync(cancellationToken).ConfigureAwait(false);
            return provider;
        }
        catch (Exception e) when (e is NpgsqlException or Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"docket {command}: cannot open the store ({provider.Description}): {e.GetBaseException().Message}").ConfigureAwait(false);
            return null;
        }
    }
}
