using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage;

namespace Docket.Store.Storage;

/// <summary>A parameter of a prepared row write: its name and EF's mapping of its column's type.</summary>
public sealed record WriteColumn(string Parameter, RelationalTypeMapping Mapping, bool Nullable);

/// <summary>
/// A row write that also takes values by storage class, unboxed: any integer column's value as a
/// long, any text as a string, any real as a double, as SQLite stores them. An import binds millions
/// of values; boxing each one cost more in garbage collection than the binding itself.
/// </summary>
public interface IStorageClassWrite
{
    void BindInteger(int index, long value);

    void BindReal(int index, double value);

    void BindText(int index, string value);

    void BindNull(int index);

    /// <summary>Any other provider value (a date, a blob), as <see cref="RowWrite.Bind"/> takes it.</summary>
    void Bind(int index, object? value);
}

/// <summary>
/// An <c>INSERT</c>, <c>UPDATE</c> or <c>DELETE</c> of one row, prepared once for a writing
/// transaction and run for each row with the values bound by position. Values are the provider's
/// (after EF's value conversions).
/// </summary>
public abstract class RowWrite : IDisposable
{
    /// <summary>Binds the value of column <paramref name="index"/> (from 0); null binds NULL.</summary>
    public abstract void Bind(int index, object? value);

    /// <summary>Writes the row bound; returns the generated key of an insert that reads one back, else null.</summary>
    public abstract ValueTask<long?> ExecuteAsync(CancellationToken cancellationToken);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>
    /// The ADO.NET way, for any provider: a prepared command, with <c>RETURNING</c> the key when
    /// <paramref name="key"/> names one.
    /// </summary>
    public static RowWrite Command(DbTransaction transaction, string sql, string? key, IReadOnlyList<WriteColumn> columns) =>
        new CommandWrite(transaction, sql, key, columns);

    private sealed class CommandWrite : RowWrite
    {
        private readonly DbCommand _command;
        private readonly bool _returnsKey;

        public CommandWrite(DbTransaction transaction, string sql, string? key, IReadOnlyList<WriteColumn> columns)
        {
            ArgumentNullException.ThrowIfNull(transaction);
            ArgumentNullException.ThrowIfNull(columns);
            _command = transaction.Connection!.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = key is null ? sql : $"{sql} RETURNING {key}";
            foreach (var column in columns)
            {
                _command.Parameters.Add(column.Mapping.CreateParameter(_command, column.Parameter, null, column.Nullable));
            }

            _command.Prepare();
            _returnsKey = key is not null;
        }

        public override void Bind(int index, object? value) => _command.Parameters[index].Value = value ?? DBNull.Value;

        public override async ValueTask<long?> ExecuteAsync(CancellationToken cancellationToken)
        {
            if (!_returnsKey)
            {
                await _command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return null;
            }

            return Convert.ToInt64(await _command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _command.Dispose();
            }
        }
    }
}
