using System.CommandLine;
using Docket.Cli.Store;
using Docket.Store.Planning;

namespace Docket.Cli.Commands;

/// <summary><c>docket minutes MEETING [DATE|latest] [--format md|html]</c>: clean minutes of a meeting from its notes.</summary>
internal static class MinutesCommand
{
    public static Command Create()
    {
        var meeting = new Argument<string>("MEETING") { Description = "A meeting id, or a series followed by a date or 'latest'" };
        var date = new Argument<string?>("DATE") { Description = "The meeting's date (YYYY-MM-DD) or 'latest'", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "md or html", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html");
        var output = new Option<string?>("--out") { Description = "Write the minutes to this file" };
        var command = new Command("minutes", "Minutes of a meeting: attendance, decisions, action items by owner, open questions, links") { meeting, date, format, output };
        command.SetAction(async (result, cancellationToken) =>
        {
            var provider = await StoreSession.OpenAsync("minutes", result.GetValue<string?>("--db"), cancellationToken).ConfigureAwait(false);
            if (provider is null)
            {
                return ExitCodes.BadInput;
            }

            var minutes = await new MinutesWriter(provider).WriteAsync(result.GetValue(meeting)!, result.GetValue(date), result.GetValue(format) == "html", cancellationToken).ConfigureAwait(false);
            if (!minutes.Succeeded)
            {
                await Console.Error.WriteLineAsync($"docket minutes: {minutes.Message}").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            if (result.GetValue(output) is { } path)
            {
                await File.WriteAllTextAsync(path, minutes.Value, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                Console.Write(minutes.Value);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
