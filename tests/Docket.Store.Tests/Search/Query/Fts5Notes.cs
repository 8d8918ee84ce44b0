using Docket.Store.Search.Query;
using Microsoft.Data.Sqlite;

namespace Docket.Store.Tests.Search.Query;

/// <summary>
/// A real in-memory SQLite FTS5 table with two columns (so a column filter such as <c>body:secret</c> would mean
/// something if it ever got through), for running compiled queries the way the store will: as a bound parameter.
/// </summary>
internal sealed class Fts5Notes : IDisposable
{
    private readonly SqliteConnection _connection;

    public Fts5Notes()
    {
        SQLitePCL.Batteries_V2.Init();
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Execute("CREATE VIRTUAL TABLE notes USING fts5(title, body, tokenize = 'unicode61')");
    }

    /// <summary>Adds a row and returns its rowid.</summary>
    public long Add(string title, string body)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "INSERT INTO notes (title, body) VALUES ($title, $body)";
        command.Parameters.AddWithValue("$title", title);
        command.Parameters.AddWithValue("$body", body);
        command.ExecuteNonQuery();
        return (long)Scalar("SELECT last_insert_rowid()")!;
    }

    /// <summary>Runs <c>MATCH $q</c> with the text exactly as given; a malformed one throws <see cref="SqliteException"/>.</summary>
    public IReadOnlyList<long> Match(string matchText)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM notes WHERE notes MATCH $q ORDER BY rowid";
        command.Parameters.AddWithValue("$q", matchText);
        using var reader = command.ExecuteReader();
        var rows = new List<long>();
        while (reader.Read())
        {
            rows.Add(reader.GetInt64(0));
        }

        return rows;
    }

    /// <summary>Parses <paramref name="input"/>, compiles it for FTS5 and runs it; fails the test on a parse error.</summary>
    public IReadOnlyList<long> Search(string input)
    {
        var parsed = SearchQueryParser.Parse(input);
        Assert.True(parsed.Succeeded, $"'{input}' did not parse: {parsed.Error?.Message}");
        return Match(Fts5QueryText.From(parsed.Query));
    }

    public int Count() => Convert.ToInt32(Scalar("SELECT count(*) FROM notes"), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _connection.Dispose();

    private object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
