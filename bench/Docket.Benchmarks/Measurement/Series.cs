namespace Docket.Benchmarks.Measurement;

/// <summary>The timed rounds of one side of a benchmark.</summary>
internal sealed class Series(string name)
{
    private readonly List<double> _milliseconds = [];

    public string Name { get; } = name;

    public IReadOnlyList<double> Milliseconds => _milliseconds;

    /// <summary>The median round: one slow round (another agent's build, a GC) does not move it.</summary>
    public double MedianMilliseconds
    {
        get
        {
            if (_milliseconds.Count == 0)
            {
                throw new InvalidOperationException($"{Name} has no timed rounds");
            }

            var sorted = _milliseconds.Order().ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public void Add(double milliseconds) => _milliseconds.Add(milliseconds);
}
