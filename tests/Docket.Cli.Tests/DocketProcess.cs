using System.Diagnostics;

namespace Docket.Cli.Tests;

/// <summary>
/// Runs the built <c>docket</c> (copied beside the tests by the project reference) as
/// <c>dotnet docket.dll</c>, the way the launcher does, and captures everything it says.
/// </summary>
internal static class DocketProcess
{
    // Start-up of a .NET app on a busy two-core machine can take seconds; a hang takes forever.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "docket.dll");

    public static Task<DocketRun> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, null, args);

    public static async Task<DocketRun> RunAsync(string workingDirectory, TimeSpan? limit, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(limit ?? Limit);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"docket {string.Join(' ', args)} did not finish within {limit ?? Limit}");
        }

        return new DocketRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts docket and leaves it running: for tests that kill it or race it against another.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Plain, wide output: the summary is checked as text, not as a terminal would draw it.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["TERM"] = "dumb";
        start.Environment["COLUMNS"] = "400";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("DOCKET_DB");   // each test names its store with --db

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }
}
