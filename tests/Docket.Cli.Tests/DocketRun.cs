namespace Docket.Cli.Tests;

/// <summary>What one run of <c>docket</c> did.</summary>
internal sealed record DocketRun(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
