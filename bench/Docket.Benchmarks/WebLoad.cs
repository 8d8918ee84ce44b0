namespace Docket.Benchmarks;

/// <summary>How hard <c>bench/run web</c> drives a server: wrk's <c>-t</c>, <c>-c</c> and <c>-d</c>.</summary>
internal sealed record WebLoad(int Threads, int Connections, int Seconds)
{
    /// <summary>Issue 5's load: 64 connections, over two threads (the machine has two cores), for ten seconds.</summary>
    public static WebLoad Default { get; } = new(2, 64, 10);
}
