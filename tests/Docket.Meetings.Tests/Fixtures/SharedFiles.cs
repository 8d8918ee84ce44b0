namespace Docket.Meetings.Tests.Fixtures;

/// <summary>
/// Finds <c>../shared/seeds</c> beside the checkout, where the seeds are read in place (they are other
/// people's text and never copied into the repository). <c>DOCKET_SHARED</c> overrides the place.
/// </summary>
internal static class SharedFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Seed(string prefix) =>
        Directory.GetFiles(Path.Combine(Root.Value, "seeds"), prefix + "_*.txt").Single();

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("DOCKET_SHARED") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Docket.slnx")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared)
                    ? shared
                    : throw new DirectoryNotFoundException($"The shared fixtures are not at {shared}; set DOCKET_SHARED to their folder.");
            }
        }

        throw new DirectoryNotFoundException("Docket.slnx not found above the test binaries.");
    }
}
