using System.Diagnostics.CodeAnalysis;
using Docket.Benchmarks.Import;
using Docket.Benchmarks.Parse;
using Docket.Benchmarks.Search;
using Docket.Benchmarks.Web;

namespace Docket.Benchmarks;

/// <summary>The name -> benchmark table. A new benchmark (import, search, web) is one class and one row here.</summary>
internal static class BenchmarkCatalog
{
    private static readonly IBenchmark[] All =
    [
        new ParseBenchmark(),
        new ImportBenchmark(),
        new SearchBenchmark(),
        new WebBenchmark(),
    ];

    public static bool TryFind(string name, [NotNullWhen(true)] out IBenchmark? benchmark)
    {
        benchmark = All.FirstOrDefault(b => b.Name.Equals(name, StringComparison.Ordinal));
        return benchmark is not null;
    }

    public static void WriteKnown(TextWriter output)
    {
        output.WriteLine("usage: bench/run NAME [--rounds N] [--megabytes N] [--threads N] [--connections N] [--duration SECONDS]");
        output.WriteLine("known benchmarks:");
        foreach (var benchmark in All)
        {
            output.WriteLine($"  {benchmark.Name,-10} {benchmark.Description}");
        }
    }
}
