using System.Diagnostics;
using System.Globalization;

namespace Docket.Benchmarks.Search;

/// <summary>
/// ripgrep, the way teams search a notes repository today: case-insensitive, fixed strings,
/// counting matching lines per file. Installed from Debian's packages when missing.
/// </summary>
internal sealed class Ripgrep
{
    private readonly string _executable;

    private Ripgrep(string executable) => _executable = executable;

    /// <summary>rg from PATH, else installed with apt-get (as root); null with a message when that fails.</summary>
    public static Ripgrep? Find(TextWriter output, out string? problem)
    {
        problem = null;
        if (OnPath() is { } found)
        {
            return new Ripgrep(found);
        }

        if (!Measurement.DebianPackage.TryInstall("ripgrep", "rg (ripgrep)", output, out problem))
        {
            return null;
        }

        if (OnPath() is { } installed)
        {
            return new Ripgrep(installed);
        }

        problem = "apt-get installed ripgrep but rg is still not on PATH";
        return null;
    }

    public string Version() => Capture(["--version"]).Split('\n')[0];

    /// <summary>Runs <c>rg -i -c --no-messages -F -e PATTERN FOLDER</c>; returns the time taken and the matching lines found.</summary>
    public (double Milliseconds, long Lines) Search(string pattern, string folder)
    {
        var start = Stopwatch.GetTimestamp();
        var output = Capture(["-i", "-c", "--no-messages", "-F", "-e", pattern, folder]);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        long lines = 0;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.LastIndexOf(':');
            if (colon > 0 && long.TryParse(line.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                lines += count;
            }
        }

        return (elapsed, lines);
    }

    private string Capture(IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(_executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {_executable}");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        GC.KeepAlive(errors.Result);
        return output;
    }

    private static string? OnPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "rg"))
            .FirstOrDefault(File.Exists);
}
