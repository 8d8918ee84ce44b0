using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Docket.Benchmarks;

/// <summary>What every benchmark is told: how many rounds to time and where the shared corpus is.</summary>
internal sealed record BenchmarkSettings(int WarmupRounds, int Rounds, string SharedFolder)
{
    public const int DefaultRounds = 7;

    public const int DefaultWarmupRounds = 2;

    public string CorpusFolder => Path.Combine(SharedFolder, "corpus");

    public static bool TryParse(ReadOnlySpan<string> args, [NotNullWhen(true)] out BenchmarkSettings? settings, [NotNullWhen(false)] out string? problem)
    {
        settings = null;
        var rounds = DefaultRounds;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rounds" && i + 1 < args.Length
                && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) && rounds > 0)
            {
                i++;
                continue;
            }

            problem = $"unexpected argument '{args[i]}' (expected --rounds N, N > 0)";
            return false;
        }

        if (FindShared() is not { } shared)
        {
            problem = "the shared folder (../shared beside the repository) was not found; set DOCKET_SHARED to it";
            return false;
        }

        settings = new BenchmarkSettings(DefaultWarmupRounds, rounds, shared);
        problem = null;
        return true;
    }

    // Same rule as the tests' SharedFiles: DOCKET_SHARED, else ../shared beside the folder holding Docket.slnx.
    private static string? FindShared()
    {
        if (Environment.GetEnvironmentVariable("DOCKET_SHARED") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Docket.slnx")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }
}
