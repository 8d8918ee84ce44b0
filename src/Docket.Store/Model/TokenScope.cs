namespace Docket.Store.Model;

/// <summary>What an API token may do, at most: never more than its account's role in the team.</summary>
public enum TokenScope
{
    Read = 1,
    Write = 2,
}
