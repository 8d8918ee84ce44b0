using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Docket.Cli.Store;
using Docket.Store.People;

namespace Docket.Cli.Commands;

/// <summary><c>docket people [--json]</c> lists people; <c>docket people alias NAME OTHER</c> makes two names one person.</summary>
internal static class PeopleCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("people", "The people the notes name, with every name they go by") { json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var provider = await StoreSession.OpenAsync("people", result.GetValue<string?>("--db"), cancellationToken).ConfigureAwait(false);
            if (provider is null)
            {
                return ExitCodes.BadInput;
            }

            var rows = await new PeopleService(provider).ListAsync(cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                await using var stdout = Console.OpenStandardOutput();
                await JsonSerializer.SerializeAsync(stdout, rows.Select(r => new { id = r.Id, name = r.Name, aliases = r.Aliases, meetings = r.Meetings, openActions = r.OpenActions }), Output.Json, cancellationToken).ConfigureAwait(false);
                Console.WriteLine();
                return ExitCodes.Success;
            }

            foreach (var row in rows)
            {
                Console.WriteLine($"{row.Name}\t{string.Join(", ", row.Aliases)}\t{row.Meetings.ToString(CultureInfo.InvariantCulture)} meetings\t{row.OpenActions.ToString(CultureInfo.InvariantCulture)} open actions");
            }

            Console.WriteLine($"{rows.Count} people");
            return ExitCodes.Success;
        });

        var name = new Argument<string>("NAME") { Description = "A name the person already goes by" };
        var other = new Argument<string>("OTHER") { Description = "Another name of theirs; if it is someone else's, the two become one person" };
        var alias = new Command("alias", "Teach Docket that OTHER is another name of NAME") { name, other };
        alias.SetAction(async (result, cancellationToken) =>
        {
            var provider = await StoreSession.OpenAsync("people alias", result.GetValue<string?>("--db"), cancellationToken).ConfigureAwait(false);
            if (provider is null)
            {
                return ExitCodes.BadInput;
            }

            var done = await new PeopleService(provider).AliasAsync(result.GetValue(name)!, result.GetValue(other)!, cancellationToken).ConfigureAwait(false);
            if (!done.Succeeded)
            {
                await Console.Error.WriteLineAsync($"docket people alias: {done.Message}").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            Console.WriteLine($"{done.Value!.Name}: {string.Join(", ", done.Value.Aliases)}");
            return ExitCodes.Success;
        });
        command.Subcommands.Add(alias);
        return command;
    }
}
