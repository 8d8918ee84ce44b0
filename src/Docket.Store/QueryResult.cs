namespace Docket.Store;

/// <summary>Why a query found nothing to work on (as opposed to finding no rows).</summary>
public enum QueryProblem
{
    None,
    NoSuchSeries,
    NoSuchPerson,
    NotFound,
    BadQuery,
}

/// <summary>A query's rows, or a clear message about what the user asked for that does not exist.</summary>
public sealed record QueryResult<T>(T? Value, QueryProblem Problem, string? Message)
{
    public bool Succeeded => Problem == QueryProblem.None;
}

public static class QueryResult
{
    public static QueryResult<T> Ok<T>(T value) => new(value, QueryProblem.None, null);

    public static QueryResult<T> NoSuchSeries<T>(string typed) => new(default, QueryProblem.NoSuchSeries, $"there is no series '{typed}'");

    public static QueryResult<T> NoSuchPerson<T>(string typed) => new(default, QueryProblem.NoSuchPerson, $"nobody called '{typed}' appears in the notes");

    public static QueryResult<T> Missing<T>(string message) => new(default, QueryProblem.NotFound, message);

    public static QueryResult<T> Bad<T>(string message) => new(default, QueryProblem.BadQuery, message);
}
