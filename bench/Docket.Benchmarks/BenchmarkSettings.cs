using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Docket.Benchmarks;

/// <summary>
/// What every benchmark is told: how many rounds to time, where the shared corpus is, where the
/// repository is (for caches under .build/), and how large a generated archive should be.
/// </summary>
internal sealed record BenchmarkSettings(int WarmupRounds, int Rounds, string SharedFolder, string RepositoryFolder)
{
    public const int DefaultRounds = 7;

    public const int DefaultWarmupRounds = 2;

    /// <summary>The size of the generated archive (import, search), in MB, unless --megabytes says otherwise.</summary>
    public const int DefaultMegabytes = 100;

    public string CorpusFolder => Path.Combine(SharedFolder, "corpus");

    /// <summary>Where benchmarks may keep generated data between runs (ignored by git).</summary>
    public string CacheFolder => Path.Combine(RepositoryFolder, ".build");

    public int Megabytes { get; init; } = DefaultMegabytes;

    /// <summary>Whether --rounds was given: a benchmark whose rounds are long keeps fewer by default.</summary>
    public bool RoundsGiven { get; init; }

    /// <summary>The load of the web benchmark: wrk's threads, connections and seconds per run.</summary>
    public WebLoad Load { get; init; } = WebLoad.Default;

    public static bool TryParse(ReadOnlySpan<string> args, [NotNullWhen(true)] out BenchmarkSettings? settings, [NotNullWhen(false)] out string? problem)
    {
        settings = null;
        var rounds = DefaultRounds;
        var roundsGiven = false;
        var megabytes = DefaultMegabytes;
        var load = WebLoad.Default;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rounds" && i + 1 < args.Length
                && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) && rounds > 0)
            {
                roundsGiven = true;
                i++;
                continue;
            }

            if (args[i] == "--megabytes" && i + 1 < args.Length
                && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out megabytes) && megabytes is > 0 and <= 10_000)
            {
                i++;
                continue;
            }

            if (args[i] is "--threads" or "--connections" or "--duration" && i + 1 < args.Length
                && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 10_000)
            {
                load = args[i] switch
                {
                    "--threads" => load with { Threads = value },
                    "--connections" => load with { Connections = value },
                    _ => load with { Seconds = value },
                };
                i++;
                continue;
            }

            problem = $"unexpected argument '{args[i]}' (expected --rounds N, N > 0, --megabytes N, 0 < N <= 10000, or for web --threads N, --connections N, --duration SECONDS)";
            return false;
        }

        if (FindRepository() is not { } repository)
        {
            problem = "the repository (the folder holding Docket.slnx) was not found above the benchmark's binaries";
            return false;
        }

        if (FindShared(repository) is not { } shared)
        {
            problem = "the shared folder (../shared beside the repository) was not found; set DOCKET_SHARED to it";
            return false;
        }

        if (load.Connections < load.Threads)
        {
            problem = $"--connections {load.Connections} is fewer than --threads {load.Threads} (wrk needs a connection per thread)";
            return false;
        }

        settings = new BenchmarkSettings(DefaultWarmupRounds, rounds, shared, repository) { Megabytes = megabytes, Load = load, RoundsGiven = roundsGiven };
        problem = null;
        return true;
    }

    // Same rule as the tests' SharedFiles: DOCKET_SHARED, else ../shared beside the folder holding Docket.slnx.
    private static string? FindShared(string repository)
    {
        if (Environment.GetEnvironmentVariable("DOCKET_SHARED") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var shared = Path.GetFullPath(Path.Combine(repository, "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    }

    private static string? FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Docket.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
