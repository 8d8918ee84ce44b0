namespace Docket.Notes.Tests.Fixtures;

/// <summary>
/// Finds <c>../shared/</c> (seeds, corpus) beside the repository, where the files are read in place:
/// they are other people's text and are never copied into the project.
/// </summary>
internal static class SharedFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly Lazy<string> Repository = new(FindRepository);

    /// <summary>The checkout: the folder that holds Docket.slnx.</summary>
    public static string RepositoryRoot => Repository.Value;

    public static string Shared => Root.Value;

    public static string Seeds => Path.Combine(Root.Value, "seeds");

    public static string Corpus => Path.Combine(Root.Value, "corpus");

    public static string Seed(string prefix) =>
        Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Docket.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Docket.slnx not found above the test binaries.");
    }

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
