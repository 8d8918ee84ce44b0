using System.CommandLine;
using Docket.Store.Postgres;
using Docket.Store.Sqlite;
using Docket.Store.Storage;

namespace Docket.Cli.Store;

/// <summary>
/// <c>--db</c>: where the store is. A path is a SQLite file (the default, <c>./docket.db</c>, or
/// <c>DOCKET_DB</c>); a PostgreSQL connection string (<c>Host=...;Database=...</c> or a
/// <c>postgres://</c> URL) uses PostgreSQL.
/// </summary>
internal static class StoreOption
{
    public const string DefaultPath = "docket.db";

    public static Option<string?> Create() => new("--db")
    {
        Description = "The store: a SQLite file (default ./docket.db or $DOCKET_DB) or a PostgreSQL connection string",
        Recursive = true,
    };

    public static StoreProvider Open(string? db)
    {
        var target = string.IsNullOrWhiteSpace(db) ? Environment.GetEnvironmentVariable("DOCKET_DB") : db;
        target = string.IsNullOrWhiteSpace(target) ? DefaultPath : target.Trim();
        if (target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new PostgresStore(FromUrl(new Uri(target)));
        }

        return target.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? new PostgresStore(target) : new SqliteStore(target);
    }

    private static string FromUrl(Uri url)
    {
        var user = Uri.UnescapeDataString(url.UserInfo.Split(':')[0]);
        var password = url.UserInfo.Contains(':', StringComparison.Ordinal) ? Uri.UnescapeDataString(url.UserInfo[(url.UserInfo.IndexOf(':', StringComparison.Ordinal) + 1)..]) : null;
        var builder = new Npgsql.NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port < 0 ? 5432 : url.Port,
            Database = url.AbsolutePath.Trim('/'),
            Username = user.Length > 0 ? user : null,
            Password = password,
        };
        return builder.ConnectionString;
    }
}
