using System.Globalization;
using Docket.Store.Storage;
using Microsoft.Data.Sqlite;

namespace Docket.Store.Sqlite;

/// <summary>A row write on SQLite's own statement, bound by position; an insert's key is the row's rowid.</summary>
internal sealed class SqliteRowWrite(SqliteConnection connection, string sql, bool returnsKey) : RowWrite, IStorageClassWrite
{
    private readonly SqliteStatement _statement = new(connection, sql);

    public void BindInteger(int index, long value) => _statement.Bind(index + 1, value);

    public void BindReal(int index, double value) => _statement.Bind(index + 1, value);

    public void BindText(int index, string value) => _statement.Bind(index + 1, value);

    public void BindNull(int index) => _statement.BindNull(index + 1);

    public override void Bind(int index, object? value)
    {
        // The provider values EF's mappings produce for SQLite: integers, text, reals and blobs.
        var parameter = index + 1;
        switch (value)
        {
            case null:
                _statement.BindNull(parameter);
                break;
            case string text:
                _statement.Bind(parameter, text);
                break;
            case int or long or short or byte or sbyte or ushort or uint:
                _statement.Bind(parameter, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case bool flag:
                _statement.Bind(parameter, flag ? 1L : 0L);
                break;
            case double or float:
                _statement.Bind(parameter, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case byte[] bytes:
                _statement.Bind(parameter, bytes);
                break;
            // Dates and times as Microsoft.Data.Sqlite writes them, so both ways of writing store the same text.
            case DateTime time:
                _statement.Bind(parameter, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                _statement.Bind(parameter, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture));
                break;
            default:
                throw new NotSupportedException($"SQLite bulk writes do not bind {value.GetType().Name} values; map the property to text or a number.");
        }
    }

    public override ValueTask<long?> ExecuteAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _statement.Execute();
        return ValueTask.FromResult(returnsKey ? _statement.LastRowId : (long?)null);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _statement.Dispose();
        }
    }
}
