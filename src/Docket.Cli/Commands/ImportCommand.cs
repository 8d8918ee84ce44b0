using System.CommandLine;
using Docket.Cli.Store;
using Docket.Notes;
using Docket.Notes.Diagnostics;
using Docket.Store.Import;
using Docket.Store.Storage;
using NodaTime;
using Spectre.Console;

namespace Docket.Cli.Commands;

/// <summary><c>docket import PATH... [--series NAME]</c>: stores notes files, each in one transaction.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Notes files, folders or globs to import", Arity = ArgumentArity.OneOrMore };
        var series = new Option<string?>("--series") { Description = "Put every file in this series instead of the one its notes suggest" };
        var command = new Command("import", "Store meeting notes: meetings, decisions, action items, and everything said, for search") { paths, series };
        command.SetAction((result, cancellationToken) =>
            RunAsync(result.GetValue(paths)!, result.GetValue(series), result.GetValue<string?>("--db"), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string? series, string? db, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        var inputs = InputFiles.Expand(paths, missing);
        foreach (var path in missing)
        {
            await Console.Error.WriteLineAsync($"docket import: no such file or folder: {path}").ConfigureAwait(false);
        }

        if (missing.Count > 0)
        {
            return ExitCodes.BadUsage;
        }

        if (inputs.Count == 0)
        {
            await Console.Error.WriteLineAsync("docket import: no notes files found (looked for .md, .markdown, .txt, .log, .html)").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        if (series is not null && string.IsNullOrWhiteSpace(series))
        {
            await Console.Error.WriteLineAsync("docket import: --series needs a name").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        var provider = await StoreSession.OpenAsync("import", db, cancellationToken).ConfigureAwait(false);
        if (provider is null)
        {
            return ExitCodes.BadInput;
        }

        var importer = new NotesImporter(provider, HostClock.Instance);
        var totals = new ImportTotals();
        var interactive = AnsiConsole.Profile.Capabilities.Interactive && !Console.IsErrorRedirected;
        if (interactive)
        {
            await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("importing", maxValue: inputs.Count);
                    foreach (var path in inputs)
                    {
                        var done = await ImportOneAsync(importer, path, series, cancellationToken).ConfigureAwait(false);
                        totals.Add(done);
                        task.Description = Markup.Escape(totals.Brief());
                        task.Increment(1);
                        if (done.ErrorText is { } error)
                        {
                            AnsiConsole.MarkupLineInterpolated($"[red]{error}[/]");
                        }
                    }
                }).ConfigureAwait(false);
        }
        else
        {
            foreach (var path in inputs)
            {
                var done = await ImportOneAsync(importer, path, series, cancellationToken).ConfigureAwait(false);
                totals.Add(done);
                if (done.ErrorText is { } error)
                {
                    await Console.Error.WriteLineAsync(error).ConfigureAwait(false);
                }
                else
                {
                    Console.WriteLine($"{done.Status.ToString().ToLowerInvariant(),-9} {done.Path} ({done.Series}: {done.Meetings} meetings, {done.Decisions} decisions, {done.Actions} actions)");
                }
            }
        }

        Console.WriteLine(totals.Summary());
        return totals.Failed > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private static async Task<FileImport> ImportOneAsync(NotesImporter importer, string path, string? series, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        byte[] content;
        try
        {
            if (NotesReaderOptions.Default.CheckSize(new FileInfo(full).Length) is { } tooLarge)
            {
                return FileImport.Failed(full, tooLarge);
            }

            content = await File.ReadAllBytesAsync(full, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileImport.Failed(full, new NotesDiagnostic(DiagnosticCodes.Unreadable, 1, $"cannot read the file: {e.Message}"));
        }

        try
        {
            return await importer.ImportAsync(new ImportRequest(full, content) { Series = series }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException)
        {
            // The file's transaction was rolled back: nothing of it is stored. Say so, and go on.
            return FileImport.Failed(full, new NotesDiagnostic(DiagnosticCodes.Unreadable, 1, $"the store refused this file: {e.GetBaseException().Message}"));
        }
    }

    private sealed class ImportTotals
    {
        private int _added;
        private int _updated;
        private int _unchanged;
        private int _meetings;
        private int _decisions;
        private int _actions;

        public int Failed { get; private set; }

        private int Files => _added + _updated + _unchanged + Failed;

        public void Add(FileImport file)
        {
            switch (file.Status)
            {
                case ImportStatus.Added: _added++; break;
                case ImportStatus.Updated: _updated++; break;
                case ImportStatus.Unchanged: _unchanged++; break;
                default: Failed++; break;
            }

            _meetings += file.Meetings;
            _decisions += file.Decisions;
            _actions += file.Actions;
        }

        public string Brief() => $"{Files} files, {_meetings} meetings, {_decisions} decisions, {_actions} actions, {Failed} errors";

        public string Summary() =>
            $"{Files} files ({_added} added, {_updated} updated, {_unchanged} unchanged, {Failed} failed): {_meetings} meetings, {_decisions} decisions, {_actions} actions, {Failed} errors";
    }
}
