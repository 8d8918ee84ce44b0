using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Docket.Benchmarks.Web;

/// <summary>wrk, the HTTP load generator, from Debian's packages (installed with apt-get when missing and run as root).</summary>
internal sealed partial class Wrk
{
    private const string Executable = "/usr/bin/wrk";

    private Wrk()
    {
    }

    /// <summary>wrk, installed first when missing (as root on Linux); null with a message when that fails.</summary>
    public static Wrk? Find(TextWriter output, out string? problem)
    {
        problem = null;
        if (File.Exists(Executable))
        {
            return new Wrk();
        }

        if (!Measurement.DebianPackage.TryInstall("wrk", "wrk", output, out problem))
        {
            return null;
        }

        if (File.Exists(Executable))
        {
            return new Wrk();
        }

        problem = $"apt-get installed wrk but {Executable} is still missing";
        return null;
    }

    public static string Describe(WebLoad load) =>
        string.Create(CultureInfo.InvariantCulture, $"wrk -t{load.Threads} -c{load.Connections} -d{load.Seconds}s --latency");

    /// <summary>Drives <paramref name="url"/> with <paramref name="load"/> and reads wrk's summary.</summary>
    public WrkResult Measure(Uri url, WebLoad load)
    {
        var info = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "-t" + load.Threads.ToString(CultureInfo.InvariantCulture),
            "-c" + load.Connections.ToString(CultureInfo.InvariantCulture),
            "-d" + load.Seconds.ToString(CultureInfo.InvariantCulture) + "s",
            "--latency",
            url.ToString(),
        })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {Executable}");
        var errors = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {errors.Result}{text}");
        }

        return Parse(text);
    }

    /// <summary>Reads wrk's text summary (it has no machine-readable output without a Lua script).</summary>
    public static WrkResult Parse(string text)
    {
        var requests = RequestsLine().Match(text);
        var rate = RateLine().Match(text);
        var average = AverageLatency().Match(text);
        if (!requests.Success || !rate.Success || !average.Success)
        {
            throw new FormatException($"wrk's output was not understood:\n{text}");
        }

        var percentiles = new Dictionary<int, double>();
        foreach (Match m in PercentileLine().Matches(text))
        {
            percentiles[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = Milliseconds(m.Groups[2].Value, m.Groups[3].Value);
        }

        var sockets = SocketErrors().Match(text);
        var non2xx = Non2xx().Match(text);
        return new WrkResult(
            Requests: long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture),
            RequestsPerSecond: double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture),
            AverageMilliseconds: Milliseconds(average.Groups[1].Value, average.Groups[2].Value),
            MedianMilliseconds: percentiles.GetValueOrDefault(50, double.NaN),
            P99Milliseconds: percentiles.GetValueOrDefault(99, double.NaN),
            MaxMilliseconds: Milliseconds(average.Groups[5].Value, average.Groups[6].Value),
            SocketErrors: sockets.Success ? Enumerable.Range(1, 4).Sum(g => long.Parse(sockets.Groups[g].Value, CultureInfo.InvariantCulture)) : 0,
            SocketErrorText: sockets.Success ? sockets.Value.Trim() : "none",
            Non2xx: non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    private static double Milliseconds(string value, string unit)
    {
        var number = double.Parse(value, CultureInfo.InvariantCulture);
        return unit switch
        {
            "us" => number / 1000,
            "ms" => number,
            "s" => number * 1000,
            "m" => number * 60_000,
            _ => throw new FormatException($"unknown time unit '{unit}' in wrk's output"),
        };
    }

    [GeneratedRegex(@"(\d+) requests in ")]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RateLine();

    // "Latency   1.23ms  456.00us  12.34ms   89.01%": average, standard deviation, maximum.
    [GeneratedRegex(@"Latency\s+([\d.]+)(us|ms|s|m)\s+([\d.]+)(us|ms|s|m)\s+([\d.]+)(us|ms|s|m)")]
    private static partial Regex AverageLatency();

    [GeneratedRegex(@"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex PercentileLine();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx();
}
