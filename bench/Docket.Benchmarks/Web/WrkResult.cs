using System.Globalization;

namespace Docket.Benchmarks.Web;

/// <summary>What one wrk run measured. Latencies in milliseconds; errors are socket errors (connect, read, write, timeout) and responses other than 2xx/3xx.</summary>
internal sealed record WrkResult(
    long Requests,
    double RequestsPerSecond,
    double AverageMilliseconds,
    double MedianMilliseconds,
    double P99Milliseconds,
    double MaxMilliseconds,
    long SocketErrors,
    string SocketErrorText,
    long Non2xx)
{
    public bool HasErrors => SocketErrors > 0 || Non2xx > 0;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{RequestsPerSecond,9:F0} req/s  latency avg {AverageMilliseconds:F2} ms, p50 {MedianMilliseconds:F2} ms, p99 {P99Milliseconds:F2} ms, max {MaxMilliseconds:F1} ms  ({Requests} requests; non-2xx/3xx {Non2xx}; socket errors {SocketErrors})");
}
