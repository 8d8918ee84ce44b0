namespace Docket.Cli.Commands;

/// <summary>What the process tells its caller.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some input could not be read (each problem was printed with its file and line).</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself is wrong: a missing file, clashing options.</summary>
    public const int BadUsage = 2;
}
