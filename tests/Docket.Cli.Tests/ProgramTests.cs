namespace Docket.Cli.Tests;

/// <summary>The <c>docket</c> root command, run as a child process.</summary>
public sealed class ProgramTests
{
    [Fact]
    public async Task Help_Root_ListsParse()
    {
        var run = await DocketProcess.RunAsync(Path.GetTempPath(), "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"(?m)^\s+parse\b", run.Stdout);
    }

    [Fact]
    public async Task Help_Parse_ListsItsOptions()
    {
        var run = await DocketProcess.RunAsync(Path.GetTempPath(), "parse", "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("--json", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--out", run.Stdout, StringComparison.Ordinal);
    }
}
