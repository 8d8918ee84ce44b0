using System.Diagnostics;

namespace Docket.Benchmarks.Measurement;

/// <summary>Installs a tool a benchmark compares against from Debian's packages, when run as root on Linux.</summary>
internal static class DebianPackage
{
    /// <summary>True when apt-get installed <paramref name="package"/>; else false with a message saying what to do.</summary>
    public static bool TryInstall(string package, string tool, TextWriter output, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            problem = $"{tool} is not installed and this is not root on Linux: install it (Debian: apt-get install {package}) and run again";
            return false;
        }

        output.WriteLine($"{tool} is not installed: installing it from Debian's packages (apt-get update; apt-get install -y {package})");
        if (Run("apt-get", ["update", "-qq"]) is not null || Run("apt-get", ["install", "-y", "-qq", package]) is not null)
        {
            problem = $"{tool} is not installed and apt-get could not install it; install it by hand (apt-get install {package})";
            return false;
        }

        problem = null;
        return true;
    }

    // Null when the command succeeded, else its error output.
    private static string? Run(string command, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        try
        {
            using var process = Process.Start(info);
            if (process is null)
            {
                return $"could not start {command}";
            }

            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : errors.Result;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return e.Message;
        }
    }
}
