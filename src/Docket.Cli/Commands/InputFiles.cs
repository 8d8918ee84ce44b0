namespace Docket.Cli.Commands;

/// <summary>Expands the paths a user names (files and folders) into the notes files they mean.</summary>
internal static class InputFiles
{
    private static readonly HashSet<string> NotesExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".markdown", ".txt", ".log", ".html", ".htm",
    };

    /// <summary>Files as given; folders walked recursively for notes files, in ordinal order.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, ICollection<string> missing)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory
                    .EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => NotesExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(path);
            }
        }

        return files;
    }
}
