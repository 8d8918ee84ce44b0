using System.CommandLine;
using Docket.Notes;
using Docket.Notes.Json;
using Docket.Notes.Model;
using Spectre.Console;

namespace Docket.Cli.Commands;

/// <summary><c>docket parse FILE... [--json | --out DIR]</c>: reads notes and shows what Docket understood.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Notes files or folders to read", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the docket.notes/v1 JSON document of each file" };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Write DIR/<file name>.json for each file instead of printing" };
        var command = new Command("parse", "Read meeting notes and show their meetings, decisions and action items") { files, json, outDir };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(json), result.GetValue(outDir)));
        return command;
    }

    private static int Run(string[] paths, bool json, DirectoryInfo? outDir)
    {
        var missing = new List<string>();
        var inputs = InputFiles.Expand(paths, missing);
        foreach (var path in missing)
        {
            Console.Error.WriteLine($"docket parse: no such file or folder: {path}");
        }

        if (missing.Count > 0)
        {
            return ExitCodes.BadUsage;
        }

        if (inputs.Count == 0)
        {
            Console.Error.WriteLine("docket parse: no notes files found (looked for .md, .markdown, .txt, .log, .html)");
            return ExitCodes.BadUsage;
        }

        if (outDir is not null && FindNameClash(inputs) is { } clash)
        {
            Console.Error.WriteLine($"docket parse: two inputs are named '{clash}', so --out would write one over the other; parse them separately");
            return ExitCodes.BadUsage;
        }

        var failed = 0;
        var stdout = Console.OpenStandardOutput();
        foreach (var path in inputs)
        {
            var result = NotesFile.Read(path);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    Console.Error.WriteLine(error.Format(path));
                }

                failed++;
                continue;
            }

            var document = result.Document!;
            if (outDir is not null)
            {
                WriteAtomically(Path.Combine(outDir.FullName, Path.GetFileName(path) + ".json"), document);
            }
            else if (json)
            {
                NotesJson.Write(document, stdout);
                stdout.Write("\n"u8);
                stdout.Flush();
            }
            else
            {
                NotesSummary.Write(AnsiConsole.Console, document);
            }
        }

        if (outDir is not null)
        {
            var written = inputs.Count - failed;
            Console.Error.WriteLine($"docket parse: wrote {written} file{(written == 1 ? "" : "s")} to {outDir.FullName}{(failed > 0 ? $", {failed} failed" : "")}");
        }

        return failed > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private static string? FindNameClash(IEnumerable<string> inputs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return inputs.Select(Path.GetFileName).FirstOrDefault(name => !seen.Add(name!));
    }

    // Temp file then rename: a reader never sees half a document, and a failure leaves none.
    private static void WriteAtomically(string target, NotesDocument document)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + ".tmp";
        using (var stream = File.Create(temp))
        {
            NotesJson.Write(document, stream);
        }

        File.Move(temp, target, overwrite: true);
    }
}
