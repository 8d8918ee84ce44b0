using System.Collections.Concurrent;
using System.CommandLine;
using Docket.Cli.Store;
using Docket.Notes;
using Docket.Notes.Diagnostics;
using Docket.Store.Import;
using Docket.Store.Storage;
using NodaTime;
using Spectre.Console;

namespace Docket.Cli.Commands;

/// <summary><c>docket import PATH... [--series NAME]</c>: stores notes files, each one whole or not at all.</summary>
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
        var unreadable = new ConcurrentQueue<FileImport>();
        var files = Requests(inputs, series, unreadable);
        var interactive = AnsiConsole.Profile.Capabilities.Interactive && !Console.IsErrorRedirected;
        try
        {
            if (interactive)
            {
                await AnsiConsole.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("importing", maxValue: inputs.Count);
                        await ShowEachAsync(importer.ImportAllAsync(files, cancellationToken), unreadable, done =>
                        {
                            totals.Add(done);
                            task.Description = Markup.Escape(totals.Brief());
                            task.Increment(1);
                            if (done.ErrorText is { } error)
                            {
                                AnsiConsole.MarkupLineInterpolated($"[red]{error}[/]");
                            }
                        }).ConfigureAwait(false);
                    }).ConfigureAwait(false);
            }
            else
            {
                await ShowEachAsync(importer.ImportAllAsync(files, cancellationToken), unreadable, done =>
                {
                    totals.Add(done);
                    if (done.ErrorText is { } error)
                    {
                        Console.Error.WriteLine(error);
                    }
                    else
                    {
                        Console.WriteLine($"{done.Status.ToString().ToLowerInvariant(),-9} {done.Path} ({done.Series}: {done.Meetings} meetings, {done.Decisions} decisions, {done.Actions} actions)");
                    }
                }).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException)
        {
            // The store itself failed (a full disk, a lost connection): the files reported above are
            // stored, the one being written and any after it are not.
            Console.WriteLine(totals.Summary());
            await Console.Error.WriteLineAsync($"docket import: the store failed: {e.GetBaseException().Message}; files not listed above were not stored").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        Console.WriteLine(totals.Summary());
        return totals.Failed > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    /// <summary>Shows each file as it is stored, and each file that could not be read as soon as it is known.</summary>
    private static async Task ShowEachAsync(IAsyncEnumerable<FileImport> stored, ConcurrentQueue<FileImport> unreadable, Action<FileImport> show)
    {
        await foreach (var done in stored.ConfigureAwait(false))
        {
            Drain();
            show(done);
        }

        Drain();

        void Drain()
        {
            while (unreadable.TryDequeue(out var failure))
            {
                show(failure);
            }
        }
    }

    /// <summary>
    /// The files as import requests, read one at a time as the importer asks for them (on its
    /// reading thread). A file that cannot be read is set aside with its error instead.
    /// </summary>
    private static IEnumerable<ImportRequest> Requests(IReadOnlyList<string> paths, string? series, ConcurrentQueue<FileImport> unreadable)
    {
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            byte[]? content = null;
            try
            {
                if (NotesReaderOptions.Default.CheckSize(new FileInfo(full).Length) is { } tooLarge)
                {
                    unreadable.Enqueue(FileImport.Failed(full, tooLarge));
                }
                else
                {
                    content = File.ReadAllBytes(full);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unreadable.Enqueue(FileImport.Failed(full, new NotesDiagnostic(DiagnosticCodes.Unreadable, 1, $"cannot read the file: {e.Message}")));
            }

            if (content is not null)
            {
                yield return new ImportRequest(full, content) { Series = series };
            }
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
