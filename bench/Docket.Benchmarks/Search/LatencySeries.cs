using System.Globalization;

namespace Docket.Benchmarks.Search;

/// <summary>Per-query latencies and their order statistics (nearest rank).</summary>
internal sealed class LatencySeries
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public void Add(double milliseconds) => _milliseconds.Add(milliseconds);

    /// <summary>The latency <paramref name="percent"/>% of queries took at most (nearest rank: an observed value).</summary>
    public double Percentile(double percent)
    {
        if (_milliseconds.Count == 0)
        {
            throw new InvalidOperationException("no latencies");
        }

        var sorted = _milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public double Median => Percentile(50);

    public double Max => _milliseconds.Max();

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"median {Median,7:F2} ms  p90 {Percentile(90),7:F2} ms  p99 {Percentile(99),7:F2} ms  max {Max,8:F2} ms");
}
