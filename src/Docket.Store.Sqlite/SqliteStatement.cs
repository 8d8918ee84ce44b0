using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Docket.Store.Sqlite;

/// <summary>
/// One SQLite statement prepared on a connection's own handle and bound by position, for the rows an
/// import writes by the million. Microsoft.Data.Sqlite looks each parameter up by name on every
/// execution (and converts the name to UTF-8 to do it): that cost as much as the insert itself.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _text = new byte[1024];

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _statement), _db);
    }

    /// <summary>Binds parameter <paramref name="index"/> (from 1).</summary>
    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    /// <summary>Binds NULL to parameter <paramref name="index"/> (from 1).</summary>
    public void BindNull(int index) => Check(raw.sqlite3_bind_null(_statement, index));

    /// <summary>
    /// Binds parameter <paramref name="index"/> (from 1); null binds NULL. As UTF-8, the database's
    /// own encoding: given UTF-16, SQLite converts the text itself, a character at a time, and an
    /// import binds its notes twice over (meetings and search entries).
    /// </summary>
    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            BindNull(index);
            return;
        }

        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_text.Length < most)
        {
            _text = new byte[Math.Max(most, _text.Length * 2)];
        }

        // SQLite copies the bytes when they are bound (SQLITE_TRANSIENT): the buffer serves the next value.
        var length = Encoding.UTF8.GetBytes(value, _text);
        Check(raw.sqlite3_bind_text(_statement, index, _text.AsSpan(0, length)));
    }

    /// <summary>Binds parameter <paramref name="index"/> (from 1).</summary>
    public void Bind(int index, double value) => Check(raw.sqlite3_bind_double(_statement, index, value));

    /// <summary>Binds parameter <paramref name="index"/> (from 1).</summary>
    public void Bind(int index, byte[] value) => Check(raw.sqlite3_bind_blob(_statement, index, value));

    /// <summary>The rowid of the row the connection inserted last.</summary>
    public long LastRowId => raw.sqlite3_last_insert_rowid(_db);

    /// <summary>Runs the statement once with what is bound, then readies it for the next row.</summary>
    public void Execute()
    {
        var result = raw.sqlite3_step(_statement);
        if (result != raw.SQLITE_DONE)
        {
            // The error stays the connection's until the reset; the message is taken first.
            var error = new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), result, raw.sqlite3_extended_errcode(_db));
            raw.sqlite3_reset(_statement);
            throw error;
        }

        raw.sqlite3_reset(_statement);
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result) => SqliteException.ThrowExceptionForRC(result, _db);
}
