using Docket.Store.Storage;
using NodaTime;

namespace Docket.Web.Hosting;

/// <summary>What <c>docket serve</c> (or a test) hands the server: an opened store and how to listen.</summary>
public sealed record ServerSettings(StoreProvider Store, IClock Clock)
{
    /// <summary>Addresses to listen on; port 0 picks a free port (tests).</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5080"];

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    public int SignInPerMinute { get; init; } = 10;

    /// <summary>API requests allowed per client (token, or address when anonymous) per second, sustained.</summary>
    public int ApiPerSecond { get; init; } = 50;

    /// <summary>How far an API client may burst above <see cref="ApiPerSecond"/>.</summary>
    public int ApiBurst { get; init; } = 200;

    /// <summary>How long anonymous readers' pages and API reads are kept; 0 turns the cache off.</summary>
    public int AnonymousCacheSeconds { get; init; } = 10;

    /// <summary>Log requests to the console (off in tests and benchmarks).</summary>
    public bool Quiet { get; init; }
}
