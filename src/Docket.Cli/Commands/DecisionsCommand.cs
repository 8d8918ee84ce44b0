using System.CommandLine;
using System.Text.Json;
using Docket.Cli.Store;
using Docket.Store.Decisions;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Docket.Cli.Commands;

/// <summary><c>docket decisions [--series S] [--since DATE] [--json]</c>: the decision log.</summary>
internal static class DecisionsCommand
{
    public static Command Create()
    {
        var series = new Option<string?>("--series") { Description = "Only this series (slug, name or a word of it)" };
        var since = new Option<string?>("--since") { Description = "Only meetings on or after this date (YYYY-MM-DD)" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("decisions", "The decision log: what the meetings settled, oldest first") { series, since, json };
        command.SetAction((result, cancellationToken) =>
            RunAsync(result.GetValue(series), result.GetValue(since), result.GetValue(json), result.GetValue<string?>("--db"), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? series, string? since, bool json, string? db, CancellationToken cancellationToken)
    {
        LocalDate? sinceDate = null;
        if (since is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(since);
            if (!parsed.Success)
            {
                await Console.Error.WriteLineAsync($"docket decisions: --since '{since}' is not a date like 2019-06-13").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            sinceDate = parsed.Value;
        }

        var provider = await StoreSession.OpenAsync("decisions", db, cancellationToken).ConfigureAwait(false);
        if (provider is null)
        {
            return ExitCodes.BadInput;
        }

        var result = await new DecisionLog(provider).ListAsync(new DecisionFilter { Series = series, Since = sinceDate }, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync($"docket decisions: {result.Message}").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        var rows = result.Value!;
        if (json)
        {
            await using var stdout = Console.OpenStandardOutput();
            await JsonSerializer.SerializeAsync(stdout, rows.Select(r => new
            {
                id = r.Id,
                text = r.Text,
                topic = r.Topic,
                meeting = Output.Meeting(r.Source),
            }), Output.Json, cancellationToken).ConfigureAwait(false);
            Console.WriteLine();
            return ExitCodes.Success;
        }

        if (rows.Count == 0)
        {
            Console.WriteLine("No decisions found.");
            return ExitCodes.Success;
        }

        if (Console.IsOutputRedirected)
        {
            foreach (var row in rows)
            {
                Console.WriteLine($"{Output.Date(row.Source.Date)}\t{row.Text}\t{row.Topic ?? ""}\t{Output.WhereInFull(row.Source)}");
            }

            Console.WriteLine($"{rows.Count} decision{(rows.Count == 1 ? "" : "s")}");
            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("Date", "Decision", "Topic", "Where");
        foreach (var row in rows)
        {
            table.AddRow(Markup.Escape(Output.Date(row.Source.Date)), Markup.Escape(row.Text), Markup.Escape(row.Topic ?? ""), Markup.Escape(Output.Where(row.Source)));
        }

        AnsiConsole.Write(table);
        Console.WriteLine($"{rows.Count} decision{(rows.Count == 1 ? "" : "s")}");
        return ExitCodes.Success;
    }
}
