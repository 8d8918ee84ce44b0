using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Docket.Cli.Store;
using Docket.Store.Actions;
using Docket.Store.Model;
using Spectre.Console;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket actions [--open] [--who NAME] [--series S] [--json]</c> lists action items across
/// meetings; <c>docket actions done|drop|reopen ID</c> closes or reopens one by hand.
/// </summary>
internal static class ActionsCommand
{
    public static Command Create()
    {
        var open = new Option<bool>("--open") { Description = "Only items still open" };
        var who = new Option<string?>("--who") { Description = "Only items this person owns (name or alias)" };
        var series = new Option<string?>("--series") { Description = "Only this series (slug, name or a word of it)" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("actions", "Action items across meetings: owner, age, where first and last mentioned") { open, who, series, json };
        command.SetAction((result, cancellationToken) => ListAsync(
            new ActionFilter { OpenOnly = result.GetValue(open), Who = result.GetValue(who), Series = result.GetValue(series) },
            result.GetValue(json),
            result.GetValue<string?>("--db"),
            cancellationToken));
        command.Subcommands.Add(Mark("done", ActionStatus.Done, "Mark an action item done"));
        command.Subcommands.Add(Mark("drop", ActionStatus.Dropped, "Drop an action item (given up, or moved to an issue tracker)"));
        command.Subcommands.Add(Mark("reopen", ActionStatus.Open, "Open an action item again"));
        return command;
    }

    private static Command Mark(string name, ActionStatus status, string description)
    {
        var id = new Argument<int>("ID") { Description = "The item's id, as `docket actions` shows it" };
        var command = new Command(name, description) { id };
        command.SetAction(async (result, cancellationToken) =>
        {
            var provider = await StoreSession.OpenAsync($"actions {name}", result.GetValue<string?>("--db"), cancellationToken).ConfigureAwait(false);
            if (provider is null)
            {
                return ExitCodes.BadInput;
            }

            var marked = await new ActionList(provider, HostClock.Instance).MarkAsync(result.GetValue(id), status, cancellationToken).ConfigureAwait(false);
            if (!marked.Succeeded)
            {
                await Console.Error.WriteLineAsync($"docket actions {name}: {marked.Message}").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            var row = marked.Value!;
            Console.WriteLine($"#{row.Id.ToString(CultureInfo.InvariantCulture)} {row.Text}: {row.Status.ToString().ToLowerInvariant()}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<int> ListAsync(ActionFilter filter, bool json, string? db, CancellationToken cancellationToken)
    {
        var provider = await StoreSession.OpenAsync("actions", db, cancellationToken).ConfigureAwait(false);
        if (provider is null)
        {
            return ExitCodes.BadInput;
        }

        var result = await new ActionList(provider, HostClock.Instance).ListAsync(filter, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync($"docket actions: {result.Message}").ConfigureAwait(false);
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
                status = r.Status.ToString().ToLowerInvariant(),
                owners = r.Owners,
                series = r.Series,
                ageMeetings = r.AgeMeetings,
                ageDays = r.AgeDays,
                mentions = r.Mentions,
                first = Output.Meeting(r.First),
                last = Output.Meeting(r.Last),
            }), Output.Json, cancellationToken).ConfigureAwait(false);
            Console.WriteLine();
            return ExitCodes.Success;
        }

        if (rows.Count == 0)
        {
            Console.WriteLine("No action items found.");
            return ExitCodes.Success;
        }

        if (Console.IsOutputRedirected)
        {
            // Piped: one line per item, whole, for grep and friends; tables would wrap at 80 columns.
            foreach (var row in rows)
            {
                var owners = row.Owners.Count == 0 ? "(no owner)" : string.Join(", ", row.Owners);
                var age = $"{row.AgeMeetings} meetings" + (row.AgeDays is { } d ? $", {d} days" : "");
                Console.WriteLine($"#{row.Id.ToString(CultureInfo.InvariantCulture)}\t{row.Status.ToString().ToLowerInvariant()}\t{owners}\t{row.Text}\t{age}\tfirst {Output.WhereInFull(row.First)}\tlast {Output.WhereInFull(row.Last)}");
            }
        }
        else
        {
            WriteTables(rows);
        }

        var open = rows.Count(r => r.Status == ActionStatus.Open);
        Console.WriteLine($"{rows.Count} action item{(rows.Count == 1 ? "" : "s")}, {open} open");
        return ExitCodes.Success;
    }

    private static void WriteTables(IReadOnlyList<ActionRow> rows)
    {
        foreach (var group in rows.GroupBy(r => r.Owners.Count == 0 ? "(no owner)" : string.Join(", ", r.Owners)).OrderBy(g => g.Key == "(no owner)").ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
        {
            var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(group.Key)).AddColumns("Id", "Action", "State", "Age", "First", "Last");
            foreach (var row in group)
            {
                var age = $"{row.AgeMeetings} mtg" + (row.AgeDays is { } days ? $", {days} d" : "");
                table.AddRow(
                    row.Id.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(row.Text),
                    row.Status.ToString().ToLowerInvariant(),
                    age,
                    Markup.Escape(Output.Where(row.First)),
                    Markup.Escape(row.Mentions > 1 ? Output.Where(row.Last) : "-"));
            }

            AnsiConsole.Write(table);
        }
    }
}
