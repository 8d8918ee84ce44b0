using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Docket.Store.Storage;

/// <summary>
/// Commands prepared once for one writing transaction and reused for every row it writes: an import
/// inserts millions of rows, and preparing a statement (SQLite compiles its triggers and foreign
/// keys with it) cost more than running it. Disposed with the transaction.
/// </summary>
public sealed class WriteCommands : IAsyncDisposable
{
    private readonly Dictionary<object, IDisposable> _commands = [];
    private readonly DbTransaction _transaction;

    /// <summary>For the context's current transaction, which must outlive these commands.</summary>
    public WriteCommands(DocketDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Write commands belong to a transaction: begin one first.");
    }

    /// <summary>
    /// The command made for <paramref name="key"/> in this transaction; the first call makes it with
    /// <paramref name="create"/>, which adds its parameters, and prepares it.
    /// </summary>
    public DbCommand Get(object key, Action<DbCommand> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        return Get(key, transaction =>
        {
            var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            create(command);
            command.Prepare();
            return command;
        });
    }

    /// <summary>
    /// Anything else a provider prepares once per transaction (SQLite's own statements), made by
    /// <paramref name="create"/> on first use and disposed with the others.
    /// </summary>
    public T Get<T>(object key, Func<DbTransaction, T> create)
        where T : class, IDisposable
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        if (!_commands.TryGetValue(key, out var made))
        {
            made = create(_transaction);
            _commands[key] = made;
        }

        return (T)made;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var made in _commands.Values)
        {
            if (made is IAsyncDisposable asynchronous)
            {
                await asynchronous.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                made.Dispose();
            }
        }

        _commands.Clear();
    }
}
