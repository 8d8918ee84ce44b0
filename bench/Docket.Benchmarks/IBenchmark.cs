namespace Docket.Benchmarks;

/// <summary>One benchmark: a candidate (Docket) timed against a baseline measured in the same run.</summary>
internal interface IBenchmark
{
    /// <summary>The name given to <c>bench/run</c>.</summary>
    string Name { get; }

    /// <summary>One line for the list of known benchmarks.</summary>
    string Description { get; }

    /// <summary>
    /// Runs the benchmark and writes its report. The last line written must be
    /// <c>NAME ratio=X.XX</c> (candidate time over baseline time): scripts read only that line.
    /// </summary>
    int Run(BenchmarkSettings settings, TextWriter output);
}
