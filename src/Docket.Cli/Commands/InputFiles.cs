using Microsoft.Extensions.FileSystemGlobbing;

namespace Docket.Cli.Commands;

/// <summary>Expands the paths a user names (files and folders) into the notes files they mean.</summary>
internal static class InputFiles
{
    private static readonly HashSet<string> NotesExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".markdown", ".txt", ".log", ".html", ".htm",
    };

    /// <summary>Files as given; folders walked recursively for notes files, in ordinal order; globs (<c>notes/**/*.md</c>) expanded.</summary>
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
            else if (path.AsSpan().IndexOfAny('*', '?') >= 0 && Glob(path) is { Count: > 0 } matched)
            {
                files.AddRange(matched);
            }
            else
            {
                missing.Add(path);
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    // Quoted globs, for shells that don't expand them (and for `**`): the fixed part is the root.
    private static List<string> Glob(string pattern)
    {
        var full = Path.GetFullPath(pattern.Replace('\\', '/'));
        var parts = full.Split('/');
        var fixedCount = Array.FindIndex(parts, p => p.AsSpan().IndexOfAny('*', '?') >= 0);
        var root = string.Join('/', parts[..fixedCount]);
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', parts[fixedCount..]));
        return Directory.Exists(root) ? matcher.GetResultsInFullPath(root).Order(StringComparer.Ordinal).ToList() : [];
    }
}
